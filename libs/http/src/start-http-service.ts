import { INestApplication, Type } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { listeningHostFrom } from './auth/development-setup';
import { configureHttp } from './configure-http';
import { closeGracefully, shutdownGraceFrom } from './shutdown/close-gracefully';

/** Past the grace, what closing the feeds and the stores may take before the process gives up on a clean exit. */
const CLOSE_BOUND_MS = 10_000;

/**
 * Builds one of the HTTP services (its root module imports ObservabilityModule), configures
 * it like every other, and listens on HOST (the loopback interface by default) and PORT. A
 * configuration that cannot start (no AUTH_JWT_SECRET where one is required, ...) ends the
 * process with its reason. SIGTERM or SIGINT closes it gracefully (closeGracefully), within
 * SHUTDOWN_GRACE_MS for the requests in flight, and says how long it took.
 */
export async function startHttpService(module: Type<unknown>, service: string, defaultPort: number): Promise<void> {
  try {
    // Buffered until pino takes over, so even the start-up lines come out as JSON.
    const app = await NestFactory.create(module, { bufferLogs: true, abortOnError: false });
    const logger = app.get(Logger);
    app.useLogger(logger);
    configureHttp(app);
    const config = app.get(ConfigService);
    closeOnSignals(app, logger, shutdownGraceFrom(config));
    const port = Number(process.env.PORT ?? defaultPort);
    const host = listeningHostFrom(config);
    await app.listen(port, host);
    logger.log(`mobility-ledger (${service}) listening on http://${host.includes(':') ? `[${host}]` : host}:${port} (API docs at /api/docs, metrics at /metrics)`, 'Bootstrap');
  } catch (error) {
    console.error(JSON.stringify({ level: 'error', time: new Date().toISOString(), service, message: `cannot start: ${(error as Error).message}` }));
    process.exit(1);
  }
}

/**
 * Instead of Nest's shutdown hooks, which close the HTTP server only after the feeds and wait
 * for every connection, keep-alive ones and requests abandoned by their client included.
 */
function closeOnSignals(app: INestApplication, logger: Logger, graceMs: number): void {
  let closing = false;
  const close = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    const started = performance.now();
    logger.log(`${signal}: closing, requests in flight have ${graceMs} ms`, 'Shutdown');
    setTimeout(() => {
      logger.error(`still closing ${CLOSE_BOUND_MS} ms after the grace: exiting anyway`, undefined, 'Shutdown');
      process.exit(1);
    }, graceMs + CLOSE_BOUND_MS).unref();
    closeGracefully(app, { graceMs }).then(
      () => {
        logger.log(`closed in ${Math.round(performance.now() - started)} ms`, 'Shutdown');
        process.exit(0);
      },
      (error: Error) => {
        logger.error(`closing failed: ${error.message}`, error.stack, 'Shutdown');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', close);
  process.on('SIGINT', close);
}
