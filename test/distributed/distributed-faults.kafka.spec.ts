import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { waitFor } from '@app/messaging/testing';
import { signAgreements } from './agreement-load';
import { DistributedDeployment, startDistributed } from './distributed-services';
import { compareWithRebuild, countDeliveries, countStoredEvents } from './read-model-parity';

const ROOT = join(__dirname, '../..');
const kafka = (command: 'start' | 'stop') => execFileSync('bash', [`scripts/kafka/${command}-kafka.sh`], { cwd: ROOT, stdio: 'ignore' });

/**
 * Faults while agreements are being signed: after each, every event of the log reached the
 * read models exactly once, which a rebuild from the store confirms row for row.
 */
describe('distributed faults: nothing lost, nothing applied twice', () => {
  let deployment: DistributedDeployment;
  beforeAll(async () => {
    deployment = await startDistributed();
    await Promise.all((['agreements', 'projections', 'relay'] as const).map((name) => deployment.start(name)));
  }, 120_000);
  afterAll(async () => {
    kafka('start'); // whatever a failed test left behind
    await deployment?.stop();
  }, 60_000);

  const delivered = () => countDeliveries(deployment.databaseUrl);

  async function expectEveryEventOnceInTheReadModels(): Promise<void> {
    const inLog = await countStoredEvents(deployment.databaseUrl);
    await waitFor(`the read models to take in all ${inLog} events`, async () => (await delivered()) === inLog, 90_000);
    const parity = await compareWithRebuild(deployment.databaseUrl);
    expect(parity.deliveries).toBe(parity.eventsInLog);
    expect(parity.live).toEqual(parity.rebuilt);
  }

  /** Signs agreements and, once events are flowing to the read models, breaks something. */
  async function underLoad(breakSomething: () => Promise<void>): Promise<void> {
    const before = await delivered();
    const load = signAgreements(deployment.url.agreements, 30);
    await waitFor('events flowing to the read models', async () => (await delivered()) >= before + 20);
    await breakSomething();
    await load;
    await expectEveryEventOnceInTheReadModels();
  }

  it('the relay SIGKILLed mid-stream and restarted', () =>
    underLoad(async () => {
      await deployment.kill('relay', 'SIGKILL');
      await deployment.start('relay');
    }), 180_000);

  it('the broker stopped and restarted under load', () =>
    underLoad(async () => {
      kafka('stop');
      await new Promise((resolve) => setTimeout(resolve, 2000)); // commands go on being appended meanwhile
      kafka('start');
    }), 240_000);

  it('the projections service SIGKILLed while it applies events, and restarted', () =>
    underLoad(async () => {
      await deployment.kill('projections', 'SIGKILL');
      await deployment.start('projections');
    }), 180_000);
});
