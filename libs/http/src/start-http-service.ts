import { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { configureHttp } from './configure-http';

/** Builds one of the HTTP services, configures it like every other, and listens on PORT. */
export async function startHttpService(module: Type<unknown>, service: string, defaultPort: number): Promise<void> {
  const app = await NestFactory.create(module);
  configureHttp(app);
  app.enableShutdownHooks();
  const port = Number(process.env.PORT ?? defaultPort);
  await app.listen(port);
  console.log(`mobility-ledger ${service} listening on http://localhost:${port} (API docs at /api/docs)`);
}
