import { Type } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { listeningHostFrom } from './auth/development-setup';
import { configureHttp } from './configure-http';

/**
 * Builds one of the HTTP services (its root module imports ObservabilityModule), configures
 * it like every other, and listens on HOST (the loopback interface by default) and PORT. A
 * configuration that cannot start (no AUTH_JWT_SECRET where one is required, ...) ends the
 * process with its reason.
 */
export async function startHttpService(module: Type<unknown>, service: string, defaultPort: number): Promise<void> {
  try {
    // Buffered until pino takes over, so even the start-up lines come out as JSON.
    const app = await NestFactory.create(module, { bufferLogs: true, abortOnError: false });
    const logger = app.get(Logger);
    app.useLogger(logger);
    configureHttp(app);
    app.enableShutdownHooks();
    const port = Number(process.env.PORT ?? defaultPort);
    const host = listeningHostFrom(app.get(ConfigService));
    await app.listen(port, host);
    logger.log(`mobility-ledger (${service}) listening on http://${host.includes(':') ? `[${host}]` : host}:${port} (API docs at /api/docs, metrics at /metrics)`, 'Bootstrap');
  } catch (error) {
    console.error(JSON.stringify({ level: 'error', time: new Date().toISOString(), service, message: `cannot start: ${(error as Error).message}` }));
    process.exit(1);
  }
}
