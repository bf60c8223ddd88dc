import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LateBroker, ServiceChild, freePort, lateBroker, spawnService, uniqueTopicPrefix, waitFor } from '@app/messaging/testing';

jest.setTimeout(180_000);

interface Readiness {
  status: number;
  kafka?: { status: string; message?: string };
}

/**
 * The service as `npm run start:projections` runs it, pointed at a broker address where
 * nothing answers until the test says so: long enough for the client to give up its
 * connection retries and the consumer's first start to fail at its deadline.
 */
describe('the projections service started before its broker answers', () => {
  let dir: string;
  let broker: LateBroker;
  let service: ServiceChild | undefined;
  afterEach(async () => {
    if (service && service.process.exitCode === null) {
      service.process.kill('SIGKILL');
      await service.exited;
    }
    await broker.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves /health/ready as 503 naming its consumer group, keeps running, and turns ready once the broker answers', async () => {
    dir = mkdtempSync(join(tmpdir(), 'projections-readiness-'));
    broker = await lateBroker();
    const prefix = uniqueTopicPrefix();
    const port = await freePort();
    service = spawnService('apps/projections/src/main.ts', {
      EVENT_STORE: 'sqlite',
      SQLITE_PATH: join(dir, 'store.db'),
      KAFKA_BROKERS: broker.address,
      KAFKA_TOPIC_PREFIX: prefix,
      KAFKA_LOG_LEVEL: 'nothing',
      LOG_LEVEL: 'warn',
      PORT: String(port),
    });
    const running = service;
    let readiness: Readiness | undefined;
    const probe = async () => {
      if (running.process.exitCode !== null) throw new Error(`the service exited with ${running.process.exitCode}: ${JSON.stringify(running.lines.slice(-10))}`);
      const response = await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => undefined);
      readiness = response && { status: response.status, kafka: ((await response.json()) as { details?: Record<string, Readiness['kafka']> }).details?.kafka };
      return readiness;
    };

    await waitFor('the service to answer', async () => (await probe()) !== undefined, 90_000);
    expect(readiness).toMatchObject({ status: 503, kafka: { status: 'down' } });
    // The first start gives up at the bus's deadline (30 s); the service stays up, not ready, and says why.
    await waitFor('the consumer group to report its failed start', async () => (await probe())?.kafka?.message?.includes('failed to start') === true, 60_000);
    expect(readiness).toEqual({
      status: 503,
      kafka: { status: 'down', message: expect.stringContaining(`consumer group ${prefix}projections: failed to start: Kafka topics not ready after`) },
    });
    expect(readiness!.kafka!.message).toContain(`${prefix}agreement`);

    await broker.arrive();
    await waitFor('the service to be ready', async () => (await probe())?.status === 200, 60_000);
    expect(readiness).toEqual({ status: 200, kafka: { status: 'up' } });
    expect(service.process.exitCode).toBeNull();
  });
});
