/**
 * The relay service: the event store's global log -> Kafka, configured by environment
 * (relayConfigFrom), serving /metrics, /health/live and /health/ready on RELAY_PORT (3004).
 */
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { RelayModule } from './relay.module';
import { RelayService } from './relay.service';

async function main(): Promise<void> {
  const app = await NestFactory.create(RelayModule, { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  // SIGTERM and SIGINT close the app, which stops the relay after the batch in flight.
  app.enableShutdownHooks();
  await app.listen(Number(process.env.RELAY_PORT ?? 3004));
  logger.log(`relay serving metrics and health on ${await app.getUrl()}`, 'Bootstrap');
  await app.get(RelayService).done.catch(async (error: Error) => {
    logger.error(`relay failed: ${error.message}`, 'Bootstrap');
    await app.close().catch(() => undefined);
    process.exit(1);
  });
}

main().catch((error: Error) => {
  console.error(JSON.stringify({ level: 'error', time: new Date().toISOString(), service: 'relay', message: error.message }));
  process.exit(1);
});
