import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { configureHttp } from '@app/http';
import type { Clock } from '@app/kernel';
import { assertAllChainsIntact } from '@app/read-models';
import { LedgerModule } from '../apps/ledger/src/ledger.module';

/**
 * The all-in-one app as `npm start` builds it, on a throw-away SQLite store. Tests send far
 * more requests per token than a person would, so the rate limit is lifted unless a test sets it.
 * `clock` replaces the system clock (the demo seed sets it to each story's moment).
 * Its `close` verifies the hash chain of every stream of the store first (CTI-LA-4): every
 * end-to-end and browser suite proves that whatever it wrote through any path verifies.
 */
export async function startLedger(env: Record<string, string> = {}, { clock }: { clock?: Clock } = {}): Promise<INestApplication> {
  Object.assign(process.env, { EVENT_STORE: 'sqlite', SQLITE_PATH: ':memory:', THROTTLE_LIMIT: '1000000', ...env });
  const moduleRef = await Test.createTestingModule({ imports: [clock ? LedgerModule.on(clock) : LedgerModule] }).compile();
  const app = moduleRef.createNestApplication({ logger: process.env.E2E_LOG ? undefined : false });
  configureHttp(app);
  await app.init();
  return verifiedOnClose(app);
}

const tamperedStreams = new WeakMap<INestApplication, Set<string>>();

/** A test that edits a stored event on purpose says so: that stream must then read as broken at close, and only it. */
export function expectTampered(app: INestApplication, streamId: string): void {
  const streams = tamperedStreams.get(app) ?? new Set<string>();
  tamperedStreams.set(app, streams.add(streamId));
}

/**
 * Wraps `app.close`: every chain of the app's store is verified before the store closes, and
 * a broken one fails the suite with the stream, the revision and the reason. The app is closed
 * whatever the verdict, so a failure leaks no handle.
 */
export function verifiedOnClose(app: INestApplication): INestApplication {
  const close = app.close.bind(app);
  let closing: Promise<void> | undefined;
  app.close = () => {
    closing ??= (async () => {
      let verdict: Error | undefined;
      try {
        await assertAllChainsIntact(app.get<EventStore>(EVENT_STORE), { tampered: tamperedStreams.get(app) ?? [] });
      } catch (error) {
        verdict = error as Error;
      }
      await close();
      if (verdict) throw new Error(`the hash chains of the store do not all verify (checked when the app closed):\n${verdict.message}`);
    })();
    return closing;
  };
  return app;
}
