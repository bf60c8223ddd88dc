import { NestFactory } from '@nestjs/core';
import { configureHttp } from '@app/http';
import { LedgerModule } from './ledger.module';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create(LedgerModule);
  configureHttp(app);
  app.enableShutdownHooks();
  const port = Number(process.env.PORT ?? 3000);
  await app.listen(port);
  console.log(`mobility-ledger listening on http://localhost:${port} (API docs at /api/docs)`);
}

void bootstrap();
