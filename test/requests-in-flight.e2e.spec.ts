import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Agent, IncomingMessage, Server, get } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { personalFieldsOf } from '@app/domain';
import { openProtectedEventStore } from '@app/event-store';
import { SqliteEventStore } from '@app/event-store/sqlite/sqlite-event-store';
import { ANSWER_AFTER_ABORT_MS, InFlightRequests, closeGracefully, configureHttp, currentRequestSignal, inFlightRequestsOf } from '@app/http';
import { PROJECTION_STORE, ProjectionStore, assertAllChainsIntact, auditTimelineProjection } from '@app/read-models';
import { LedgerModule } from '../apps/ledger/src/ledger.module';
import { LOAD_SCHOOL, loadSending, seedAgreements } from '../scripts/bench/load/seed-agreements';
import { bearer } from './tokens';

/** Enough events that catching the audit trail up from the start is real work: several pages of the log. */
const AGREEMENTS = Number(process.env.IN_FLIGHT_AGREEMENTS ?? 4000);
const GRACE_MS = 200;

jest.setTimeout(240_000);

const sending = bearer({ sub: loadSending.id, role: 'sending', institution: LOAD_SCHOOL });

/**
 * Over HTTP, on a real SQLite file: a request blocked on a catch-up of the audit trail (its
 * projection emptied, as a new or rebuilt projection is) is real work, page after page of the
 * log. Its client may go away, and the ledger may be asked to close while it runs.
 */
describe('requests in flight: abandoned by their client, or cut by a shutdown', () => {
  let dir: string;
  let path: string;
  let mobilityId: string;
  let app: INestApplication;
  let requests: InFlightRequests;
  let base: string;
  /** Every read of the global log, with the signal of the request it was made for. */
  let logReads: Array<{ signal?: AbortSignal; aborted: boolean }> = [];
  /** While set, reads of the log made for a request wait for it. */
  let holdLog: Promise<void> | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ml-in-flight-'));
    path = join(dir, 'ledger.db');
    const events = await openProtectedEventStore({ events: { kind: 'sqlite', path }, keys: { kind: 'sqlite', path }, personalData: personalFieldsOf });
    [{ mobilityId }] = await seedAgreements(events, { count: AGREEMENTS });
    await events.close();

    Object.assign(process.env, { EVENT_STORE: 'sqlite', SQLITE_PATH: path, THROTTLE_LIMIT: '1000000' });
    const moduleRef = await Test.createTestingModule({ imports: [LedgerModule] }).compile();
    app = moduleRef.createNestApplication({ logger: process.env.E2E_LOG ? undefined : false });
    configureHttp(app);
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    requests = inFlightRequestsOf(app)!;

    const readAll = SqliteEventStore.prototype.readAll;
    jest.spyOn(SqliteEventStore.prototype, 'readAll').mockImplementation(function (this: SqliteEventStore, options) {
      const signal = currentRequestSignal();
      logReads.push({ signal, aborted: signal?.aborted ?? false });
      // A read for a request waits while a test holds the log, so that request is seen mid-catch-up.
      const held = signal && holdLog;
      return held ? held.then(() => readAll.call(this, options)) : readAll.call(this, options);
    });
    // Once caught up, nothing but the requests of a test reads the log.
    expect((await fetchAudit()).status).toBe(200);
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    if (app.getHttpServer().listening) await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    await app.get<ProjectionStore>(PROJECTION_STORE).reset(auditTimelineProjection);
    logReads = [];
    holdLog = undefined;
  });

  const readsFor = (signal: AbortSignal | undefined) => logReads.filter((read) => signal && read.signal === signal);

  it('stops the catch-up of a request whose client went away at its next page, and counts it', async () => {
    let release!: () => void;
    holdLog = new Promise<void>((resolve) => (release = resolve));
    const abandoned = getAudit();
    // Its catch-up has begun: its first page of the log is being read, held there.
    await until(() => logReads.some((read) => read.signal));
    const [gone] = logReads.map((read) => read.signal).filter(Boolean);
    (await abandoned.socket).destroy();
    await until(() => requests.stopped['client-gone'] === 1);
    holdLog = undefined;
    release();

    // The page under way is applied whole, and nothing more is read for it.
    const other = await fetchAudit();
    expect(other.status).toBe(200);
    expect(readsFor(gone)).toHaveLength(1);
    expect(logReads.filter((read) => read.aborted)).toEqual([]);
    // What it left is caught up by whoever reads next (another request or the runner itself): not this test's to say which.
  });

  it(`closes within its grace (${GRACE_MS} ms) with a slow request in flight and idle keep-alive connections, and the store verifies`, async () => {
    const server = app.getHttpServer() as Server;
    const accepted: Socket[] = [];
    const onConnection = (socket: Socket) => accepted.push(socket);
    server.on('connection', onConnection);
    const keepAlive = new Agent({ keepAlive: true });
    await Promise.all([1, 2, 3].map(() => openIdleConnection(keepAlive)));
    const idle = accepted.splice(0);
    // The slow request's catch-up is held on its first page until the grace is over, however fast this machine reads.
    let release!: () => void;
    holdLog = new Promise<void>((resolve) => (release = resolve));
    const slow = getAudit(new Agent()).response;
    await until(() => logReads.some((read) => read.signal));
    void until(() => requests.stopped.shutdown === 1).then(() => {
      holdLog = undefined;
      release();
    });
    server.off('connection', onConnection);

    const started = performance.now();
    const since = () => performance.now() - started;
    const slowAnswered = slow.then((answer) => ({ ...answer, at: since() }));
    const closing = closeGracefully(app, { graceMs: GRACE_MS });
    // Idle keep-alive connections are closed as the shutdown starts; the slow request's is kept for its answer.
    expect(idle.map((socket) => socket.destroyed)).toEqual([true, true, true]);
    expect(accepted.map((socket) => socket.destroyed)).toEqual([false]);
    await closing;
    const shutdownMs = since();

    // The slow request was stopped once its grace was over and answered: send it again.
    expect(requests.stopped.shutdown).toBe(1);
    const { at: answeredAt, ...answer } = await slowAnswered;
    expect(answer).toEqual({ status: 503, body: expect.stringContaining('the ledger is shutting down') });
    expect(answeredAt).toBeGreaterThan(GRACE_MS);
    expect(logReads.filter((read) => read.aborted)).toEqual([]);
    // The grace, the page under way (bounded by what aborted requests get to answer), and closing the stores.
    expect(shutdownMs).toBeLessThan(GRACE_MS + ANSWER_AFTER_ABORT_MS + 3000);
    console.log(`closed in ${Math.round(shutdownMs)} ms with ${AGREEMENTS * 5} events, a request in flight and 3 idle keep-alive connections`);

    const store = await openProtectedEventStore({ events: { kind: 'sqlite', path }, keys: { kind: 'sqlite', path }, personalData: personalFieldsOf });
    try {
      await assertAllChainsIntact(store);
    } finally {
      await store.close();
    }
  });

  function getAudit(agent?: Agent): { response: Promise<{ status: number; body: string }>; socket: Promise<Socket> } {
    let socketOf!: (socket: Socket) => void;
    const socket = new Promise<Socket>((resolve) => (socketOf = resolve));
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = get(`${base}/api/agreements/${mobilityId}/audit`, { headers: { authorization: sending }, agent }, (answer: IncomingMessage) => {
        let body = '';
        answer.on('data', (chunk: Buffer) => (body += chunk.toString()));
        answer.on('end', () => resolve({ status: answer.statusCode ?? 0, body }));
      });
      request.on('socket', socketOf);
      request.on('error', reject);
    });
    response.catch(() => undefined);
    return { response, socket };
  }

  function fetchAudit(): Promise<{ status: number; body: string }> {
    return getAudit().response;
  }

  async function openIdleConnection(agent: Agent): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      const request = get(`${base}/health/live`, { agent }, (answer) => answer.resume().on('end', resolve));
      request.on('error', reject);
    });
    await until(() => requests.size === 0);
  }
});

async function until(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${condition}`);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}
