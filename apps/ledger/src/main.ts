import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { configureHttp } from '@app/http';
import { LedgerModule } from './ledger.module';

async function bootstrap(): Promise<void> {
  // Buffered until pino takes over, so even the start-up lines come out as JSON.
  const app = await NestFactory.create(LedgerModule, { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  configureHttp(app);
  app.enableShutdownHooks();
  const port = Number(process.env.PORT ?? 3000);
  await app.listen(port);
  logger.log(`mobility-ledger listening on http://localhost:${port} (API docs at /api/docs, metrics at /metrics)`, 'Bootstrap');
}

void bootstrap();
