import { createServer } from 'node:net';
import { createEventStore } from '@app/event-store';
import { createTestSchema } from '@app/event-store/postgres/postgres-test-database';
import { assertAllChainsIntact } from '@app/read-models';
import { ServiceChild, TEST_BROKERS, spawnService, uniqueTopicPrefix } from '@app/messaging/testing';

export type ServiceName = 'agreements' | 'recognition' | 'projections' | 'reactions' | 'relay';

/** The HTTP services and the relay of one deployment, each its own OS process, over one PostgreSQL schema and topic prefix. */
export interface DistributedDeployment {
  databaseUrl: string;
  topicPrefix: string;
  /** Where each service answers: the HTTP services' API, and every service's /metrics and /health. */
  url: Record<ServiceName, string>;
  children: Partial<Record<ServiceName, ServiceChild>>;
  /** Starts (or restarts) one service, with `env` beside the deployment's settings (the reactions' SMTP_URL), and waits until it answers. */
  start(name: ServiceName, env?: Record<string, string>): Promise<ServiceChild>;
  kill(name: ServiceName, signal?: NodeJS.Signals): Promise<void>;
  /** Stops every service, verifies the hash chain of every stream the deployment wrote (CTI-LA-4), drops the schema. */
  stop(): Promise<void>;
}

const ENTRIES: Record<ServiceName, string> = {
  agreements: 'apps/agreements/src/main.ts',
  recognition: 'apps/recognition/src/main.ts',
  projections: 'apps/projections/src/main.ts',
  reactions: 'apps/reactions/src/main.ts',
  relay: 'apps/relay/src/main.ts',
};

export async function startDistributed(): Promise<DistributedDeployment> {
  const schema = await createTestSchema();
  const topicPrefix = uniqueTopicPrefix();
  const ports = { agreements: await freePort(), recognition: await freePort(), projections: await freePort(), reactions: await freePort(), relay: await freePort() };
  const url = {
    agreements: `http://127.0.0.1:${ports.agreements}`,
    recognition: `http://127.0.0.1:${ports.recognition}`,
    projections: `http://127.0.0.1:${ports.projections}`,
    reactions: `http://127.0.0.1:${ports.reactions}`,
    relay: `http://127.0.0.1:${ports.relay}`,
  };
  const shared = {
    EVENT_STORE: 'postgres',
    DATABASE_URL: schema.connectionString,
    KAFKA_BROKERS: TEST_BROKERS.join(','),
    KAFKA_TOPIC_PREFIX: topicPrefix,
    KAFKA_LOG_LEVEL: 'nothing',
    // A service the tests kill hands its partitions over after 10 s rather than kafkajs's 30 s.
    KAFKA_SESSION_TIMEOUT_MS: '10000',
    RELAY_POLL_MS: '20',
  };
  const children: DistributedDeployment['children'] = {};

  const deployment: DistributedDeployment = {
    databaseUrl: schema.connectionString,
    topicPrefix,
    url,
    children,
    async start(name, env = {}) {
      const own: Record<string, string> = name === 'relay' ? { LOG_LEVEL: 'info', RELAY_PORT: String(ports.relay) } : { LOG_LEVEL: 'warn', PORT: String(ports[name]) };
      const child = spawnService(ENTRIES[name], { ...shared, ...own, ...env });
      children[name] = child;
      await waitUntilAnswering(`${url[name]}/health/ready`, child);
      if (name === 'relay') await child.waitForMessage('relay lock acquired', 60_000);
      return child;
    },
    async kill(name, signal = 'SIGKILL') {
      const child = children[name];
      if (!child || child.process.exitCode !== null) return;
      child.process.kill(signal);
      await child.exited;
    },
    async stop() {
      await Promise.all((Object.keys(children) as ServiceName[]).map((name) => deployment.kill(name, 'SIGTERM')));
      try {
        await verifyChains(schema.connectionString);
      } finally {
        await schema.drop();
      }
    },
  };
  return deployment;
}

/** Every write path of the services chains its events: a broken chain fails the suite, naming the stream and the reason. */
async function verifyChains(connectionString: string): Promise<void> {
  const events = await createEventStore({ kind: 'postgres', connectionString });
  try {
    await assertAllChainsIntact(events);
  } catch (error) {
    throw new Error(`the hash chains of the deployment's store do not all verify:\n${(error as Error).message}`);
  } finally {
    await events.close();
  }
}

async function waitUntilAnswering(url: string, child: ServiceChild, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.process.exitCode !== null) throw new Error(`${url}: the service exited with ${child.process.exitCode}: ${JSON.stringify(child.lines.slice(-10))}`);
    const answered = await fetch(url).then((response) => response.ok, () => false);
    if (answered) return;
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms: ${JSON.stringify(child.lines.slice(-10))}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
