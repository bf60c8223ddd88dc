import { statSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { JwtService } from '@nestjs/jwt';
import type autocannon from 'autocannon';
import { Client } from 'pg';
import { Actor, personalFieldsOf } from '@app/domain';
import { openProtectedEventStore } from '@app/event-store';
import { jwtSecretFrom } from '@app/http';
import { PROJECTIONS, createProjectionStore, projectionStoreConfigFrom, rebuildProjections, environmentSettings } from '@app/read-models';
import { FreshDatabase } from '../fresh-database';
import { LoadFigures, keepBusy, runLoad, settle, timedGet } from './http-load';
import { startLedgerProcess } from './ledger-process';
import { LOAD_PARTNERS, LOAD_SCHOOL, loadReceiving, loadSending, loadStudent, seedAgreements } from './seed-agreements';

export interface SizeFigures {
  agreements: number;
  events: number;
  seedSeconds: number;
  rebuildEventsPerSecond: number;
  databaseMB: number;
  firstListMs: number;
  firstPartnershipsMs: number;
  memoryAfterFirstListMiB: number;
  memoryAfterLoadMiB: number;
  list: LoadFigures;
  get: LoadFigures;
  search: LoadFigures;
  incoming: LoadFigures;
  commands8: LoadFigures;
  commands32: LoadFigures;
  shutdownMs: number;
}

const jwt = new JwtService({ secret: jwtSecretFrom({ get: (name: string) => process.env[name] }) });
const tokenOf = (actor: Actor) =>
  jwt.sign({ sub: actor.id, role: actor.role, ...(actor.institution && { institution: actor.institution }), ...(actor.name && { name: actor.name }), ...(actor.email && { email: actor.email }) }, { algorithm: 'HS256', expiresIn: '12h' });

/** Seeds `agreements` on a fresh database, rebuilds the projections, then measures the ledger over HTTP. */
export async function measureSize(
  engine: 'sqlite' | 'postgres',
  database: FreshDatabase,
  agreements: number,
  { seconds, port }: { seconds: number; port: number },
): Promise<SizeFigures> {
  const env: Record<string, string> =
    engine === 'sqlite' ? { EVENT_STORE: 'sqlite', SQLITE_PATH: database.location } : { EVENT_STORE: 'postgres', DATABASE_URL: database.location };
  Object.assign(process.env, env);

  const events = await openProtectedEventStore({
    events: engine === 'sqlite' ? { kind: 'sqlite', path: database.location } : { kind: 'postgres', connectionString: database.location },
    keys: engine === 'sqlite' ? { kind: 'sqlite', path: database.location } : { kind: 'postgres', connectionString: database.location },
    personalData: personalFieldsOf,
  });
  const seedStarted = performance.now();
  const seeded = await seedAgreements(events, { count: agreements });
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const projections = await createProjectionStore(projectionStoreConfigFrom(environmentSettings));
  const rebuildStarted = performance.now();
  await rebuildProjections({ events, store: projections, projections: PROJECTIONS, report: () => ({ advance: () => undefined, finish: () => undefined }) });
  const eventCount = seeded.length * 5;
  // Events of the log per second of wall time, every projection rebuilt.
  const rebuildEventsPerSecond = eventCount / ((performance.now() - rebuildStarted) / 1000);
  await projections.close();
  await events.close();

  const ledger = await startLedgerProcess(env, port);
  const sending = tokenOf(loadSending);
  const firstList = await timedGet(`${ledger.baseUrl}/api/agreements?pageSize=20`, sending);
  const memoryAfterFirstListMiB = await ledger.memoryMiB();
  const firstPartnerships = await timedGet(`${ledger.baseUrl}/api/partnerships`, sending);
  if (firstList.status !== 200 || firstPartnerships.status !== 200) throw new Error(`first queries answered ${firstList.status}, ${firstPartnerships.status}`);

  const one = await fetch(`${ledger.baseUrl}/api/agreements/${seeded[0].mobilityId}`, { headers: { authorization: `Bearer ${sending}` } });
  if (one.status !== 200) throw new Error(`a seeded agreement answered ${one.status}: ${await one.text()}`);

  const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)];
  const pages = Math.max(1, Math.floor(agreements / 20));
  const reading = async (title: string, path: () => string, token = sending) => {
    await settle(ledger.baseUrl);
    return runLoad({
      title,
      url: ledger.baseUrl,
      connections: 8,
      duration: seconds,
      requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: path(), headers: { authorization: `Bearer ${token}` } }) }],
    });
  };
  const list = await reading('list', () => `/api/agreements?pageSize=20&page=${1 + Math.floor(Math.random() * pages)}`);
  const get = await reading('get', () => `/api/agreements/${pick(seeded).mobilityId}`);
  const search = await reading('search', () => `/api/agreements?student=${loadStudent(pick(seeded).studentIndex).id}`);
  const partner = LOAD_PARTNERS[0];
  const incoming = await reading('incoming', () => `/api/schools/${partner}/incoming`, tokenOf(loadReceiving(partner)));

  let nextStudent = agreements;
  const commanding = async (connections: number) => {
    await settle(ledger.baseUrl);
    return runLoad({
      title: `commands, ${connections} clients`,
      url: ledger.baseUrl,
      connections,
      duration: seconds,
      requests: [
        {
          method: 'POST',
          setupRequest: (request, context) => {
            const student = loadStudent(nextStudent++);
            const heiId = LOAD_PARTNERS[nextStudent % LOAD_PARTNERS.length];
            Object.assign(flow(context), { student: tokenOf(student), receiving: tokenOf(loadReceiving(heiId)) });
            return { ...request, path: '/api/agreements', headers: jsonHeaders(String(flow(context).student)), body: JSON.stringify({ content: draftContent(student, heiId) }) };
          },
          onResponse: (status, body, context) => {
            if (status !== 201) return reportRefusal(status, body);
            const answer = JSON.parse(body) as { mobilityId: string; draft: { contentHash: string } };
            Object.assign(flow(context), { id: answer.mobilityId, hash: answer.draft.contentHash });
          },
        },
        ...(['student', 'sending', 'receiving'] as const).map((party) => ({
          method: 'POST' as const,
          setupRequest: (request: autocannon.Request, context: object) => ({
            ...request,
            path: `/api/agreements/${flow(context).id}/signatures`,
            headers: jsonHeaders(party === 'sending' ? sending : String(flow(context)[party as 'student' | 'receiving'])),
            body: JSON.stringify({ contentHash: flow(context).hash }),
          }),
          onResponse: (status: number, body: string) => (status === 201 ? undefined : reportRefusal(status, body)),
        })),
      ],
    });
  };
  const commands8 = await commanding(8);
  const commands32 = await commanding(32);
  const memoryAfterLoadMiB = await ledger.memoryMiB();
  // SIGTERM with 32 clients reading lists, searches and incoming agreements, each on a keep-alive connection.
  const readsInFlight = [
    () => `/api/agreements?pageSize=20&page=${1 + Math.floor(Math.random() * pages)}`,
    () => `/api/agreements?student=${loadStudent(pick(seeded).studentIndex).id}`,
    () => `/api/schools/${partner}/incoming`,
  ];
  const partnerToken = tokenOf(loadReceiving(partner));
  const shutdownMs = await ledger.stop(() =>
    keepBusy({
      url: ledger.baseUrl,
      connections: 32,
      requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: pick(readsInFlight)(), headers: { authorization: `Bearer ${partnerToken}` } }) }],
    }),
  );

  return {
    agreements,
    events: eventCount,
    seedSeconds,
    rebuildEventsPerSecond,
    databaseMB: await databaseMegabytes(engine, database.location),
    firstListMs: firstList.ms,
    firstPartnershipsMs: firstPartnerships.ms,
    memoryAfterFirstListMiB,
    memoryAfterLoadMiB,
    list,
    get,
    search,
    incoming,
    commands8,
    commands32,
    shutdownMs,
  };
}

let refusalReported = false;
/** A refused command is counted as an error; the first one is shown, so that a broken run says why. */
const reportRefusal = (status: number, body: string) => {
  if (!refusalReported) console.error(`a command was refused (${status}): ${body}`);
  refusalReported = true;
};

/** What one connection carries from a draft to its three signatures. */
type Flow = { student?: string; receiving?: string; id?: string; hash?: string };
const flow = (context: object) => context as Flow;

const jsonHeaders = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });

/** The example agreement of the README, for another student and partner. */
function draftContent(student: Actor, heiId: string) {
  return {
    student: { accountId: student.id, givenNames: student.name!.split(' ')[0], familyName: 'Load', email: student.email, birthDate: '2003-05-05', citizenship: 'FR', globalId: `urn:schac:personalUniqueCode:int:esi:${LOAD_SCHOOL}:${student.id}` },
    ...DRAFT_REST,
    receivingInstitution: { heiId, organisationalUnit: 'Faculty' },
  };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { student: _exampleStudent, ...DRAFT_REST } = require('../../../docs/examples/agreement.json').content as Record<string, unknown>;

async function databaseMegabytes(engine: 'sqlite' | 'postgres', location: string): Promise<number> {
  if (engine === 'sqlite') {
    const folder = dirname(location);
    return readdirSync(folder).reduce((sum, file) => sum + statSync(join(folder, file)).size, 0) / 1e6;
  }
  const client = new Client({ connectionString: location });
  await client.connect();
  try {
    return Number((await client.query('SELECT pg_database_size(current_database()) AS size')).rows[0].size) / 1e6;
  } finally {
    await client.end();
  }
}
