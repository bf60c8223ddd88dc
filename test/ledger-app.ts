import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { configureHttp } from '@app/http';
import { LedgerModule } from '../apps/ledger/src/ledger.module';

/**
 * The all-in-one app as `npm start` builds it, on a throw-away SQLite store. Tests send far
 * more requests per token than a person would, so the rate limit is lifted unless a test sets it.
 */
export async function startLedger(env: Record<string, string> = {}): Promise<INestApplication> {
  Object.assign(process.env, { EVENT_STORE: 'sqlite', SQLITE_PATH: ':memory:', THROTTLE_LIMIT: '1000000', ...env });
  const moduleRef = await Test.createTestingModule({ imports: [LedgerModule] }).compile();
  const app = moduleRef.createNestApplication({ logger: process.env.E2E_LOG ? undefined : false });
  configureHttp(app);
  await app.init();
  return app;
}
