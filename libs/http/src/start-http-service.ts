import { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { configureHttp } from './configure-http';

/**
 * Builds one of the HTTP services (its root module imports ObservabilityModule), configures
 * it like every other, and listens on PORT.
 */
export async function startHttpService(module: Type<unknown>, service: string, defaultPort: number): Promise<void> {
  // Buffered until pino takes over, so even the start-up lines come out as JSON.
  const app = await NestFactory.create(module, { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  configureHttp(app);
  app.enableShutdownHooks();
  const port = Number(process.env.PORT ?? defaultPort);
  await app.listen(port);
  logger.log(`mobility-ledger (${service}) listening on http://localhost:${port} (API docs at /api/docs, metrics at /metrics)`, 'Bootstrap');
}
