import { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { refuseDeepJson } from './json-depth';

/** An agreement with every EWP table full is a few tens of kilobytes; more is not a learning agreement. */
const DEFAULT_BODY_LIMIT = '100kb';

/**
 * Security headers, closed CORS and bounded JSON bodies (in size and in depth). Browsers on other origins get no
 * CORS grant unless CORS_ORIGINS lists them (comma-separated); the API is for the school's
 * own pages and for servers, which CORS does not concern.
 */
export function hardenHttp(app: INestApplication, env: NodeJS.ProcessEnv = process.env): void {
  app.use(helmet());
  const origins = (env.CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean);
  app.enableCors({ origin: origins.length > 0 ? origins : false });
  (app as NestExpressApplication).useBodyParser('json', { limit: env.HTTP_BODY_LIMIT || DEFAULT_BODY_LIMIT, verify: refuseDeepJson });
  // Forms keep their bytes: an EWP request's Digest covers them exactly (libs/ewp). Not Nest's
  // `rawBody` option, which would replace the JSON depth check above with its own `verify`.
  (app as NestExpressApplication).useBodyParser('urlencoded', { extended: true, limit: env.HTTP_BODY_LIMIT || DEFAULT_BODY_LIMIT, verify: keepRawBody });
}

const keepRawBody = (request: { rawBody?: Buffer }, _response: unknown, bytes: Buffer): void => {
  request.rawBody = bytes;
};
