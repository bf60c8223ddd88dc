import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aComponent, aContent } from '@app/domain/testing';
import { EwpSchemaValidator } from '@app/ewp';
import { ServiceChild, spawnService } from '@app/messaging/testing';
import { parseSignatureParams, responseProblem, signRequest } from '../libs/ewp/src/network/httpsig';
import { HostKey, StoredKey, hostKeyOf } from '../libs/ewp/src/network/keys/host-key-ring';
import { catalogueXml } from '../libs/ewp/src/network/registry/catalogue-xml';
import { NS } from '../libs/ewp/src/xml/namespaces';
import { as, bearer } from './tokens';

/**
 * Two ledgers as two processes, each its own port, SQLite database and EWP data, for two
 * schools: insa-lyon.fr sends (A), uw.edu.pl receives (B). The test plays the EWP Registry:
 * it reads both manifests and writes the catalogue file both ledgers read.
 */
const SENDING = 'insa-lyon.fr';
const RECEIVING = 'uw.edu.pl';
/** A second school on B's host: one host, several schools, each with its own staff. */
const NEIGHBOUR = 'uio.no';
const neighbourStaff = bearer({ sub: 'staff-ingrid', role: 'receiving', institution: NEIGHBOUR, name: 'Ingrid Berg' });
const STEP_TIMEOUT = 120_000;
/** A ledger compiled by ts-node on a shared two-core machine takes a while to answer. */
const START_TIMEOUT = 180_000;
const validator = new EwpSchemaValidator();

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const eventually = async <T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 90_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

type Ledger = { name: string; port: number; url: string; dir: string; env: Record<string, string>; child?: ServiceChild };

const ledgerFor = async (name: string, heiId: string, catalogue: string): Promise<Ledger> => {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), `ewp-${name}-`));
  const url = `http://127.0.0.1:${port}`;
  const env = {
    PORT: String(port),
    HOST: '127.0.0.1',
    EVENT_STORE: 'sqlite',
    SQLITE_PATH: join(dir, 'ledger.db'),
    READ_MODEL_SQLITE_PATH: join(dir, 'read-models.db'),
    EWP_HEIS: heiId,
    EWP_PUBLIC_URL: url,
    EWP_DATA_DIR: join(dir, 'ewp'),
    EWP_REGISTRY_CATALOGUE: catalogue,
    EWP_DELIVERY_INTERVAL_MS: '250',
    THROTTLE_LIMIT: '1000000',
    LOG_LEVEL: 'info',
    WEB_ROOT: join(dir, 'no-pages'),
  };
  return { name, port, url, dir, env };
};

const start = async (ledger: Ledger): Promise<void> => {
  ledger.child = spawnService('apps/ledger/src/main.ts', ledger.env);
  await eventually(`${ledger.name} to answer`, async () => {
    if (ledger.child!.process.exitCode !== null) throw new Error(`${ledger.name} exited: ${JSON.stringify(ledger.child!.lines.slice(-5))}`);
    return fetch(`${ledger.url}/api/health`).then((response) => (response.ok ? true : undefined), () => undefined);
  }, START_TIMEOUT);
};

const stop = async (ledger: Ledger): Promise<void> => {
  if (!ledger.child || ledger.child.process.exitCode !== null) return;
  ledger.child.process.kill('SIGTERM');
  await ledger.child.exited;
};

const api = async (ledger: Ledger, method: string, path: string, token: string, body?: unknown) => {
  const response = await fetch(`${ledger.url}/api${path}`, {
    method,
    headers: { authorization: token, ...(body !== undefined && { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
};

const hostKeyIn = (ledger: Ledger): HostKey => hostKeyOf((JSON.parse(readFileSync(join(ledger.dir, 'ewp', 'host-keys.json'), 'utf8')) as StoredKey[])[0]);

/** A request to a host, signed with `key` as EWP client authentication requires; `tamper` changes what is sent after signing. */
const signedCall = async (url: string, key: Pick<HostKey, 'keyId' | 'privateKey'>, options: { body?: string; contentType?: string; at?: Date; requestId?: string; sentBody?: string } = {}) => {
  const headers = signRequest({ method: 'POST', url, body: options.body ?? '', contentType: options.contentType ?? 'application/x-www-form-urlencoded' }, key, options.at ?? new Date(), options.requestId);
  const response = await fetch(url, { method: 'POST', headers, body: options.sentBody ?? options.body ?? '' });
  return { status: response.status, body: await response.text(), headers: Object.fromEntries(response.headers), sent: headers };
};

/** An approve-proposal-v1 update request naming `proposalId`. */
const approvalRequest = (mobilityId: string, proposalId: string) => `<?xml version="1.0" encoding="UTF-8"?>
<req:omobility-las-update-request xmlns:req="${NS.lasUpdate}" xmlns:la="${NS.las}">
  <req:sending-hei-id>${SENDING}</req:sending-hei-id>
  <req:approve-proposal-v1><req:omobility-id>${mobilityId}</req:omobility-id><req:changes-proposal-id>${proposalId}</req:changes-proposal-id>
    <req:signature><la:signer-name>Paweł Kowalski</la:signer-name><la:timestamp>2026-12-05T10:00:00Z</la:timestamp></req:signature>
  </req:approve-proposal-v1>
</req:omobility-las-update-request>`;

describe('two ledgers exchange a learning agreement over EWP, host to host', () => {
  const catalogue = join(mkdtempSync(join(tmpdir(), 'ewp-registry-')), 'catalogue.xml');
  let a: Ledger;
  let b: Ledger;
  let mobilityId: string;
  /** The proposal B's coordinator approved: stale once A's student proposes a change. */
  let approvedProposal: string;

  beforeAll(async () => {
    writeFileSync(catalogue, `<catalogue xmlns="${NS.registry}"><binaries/></catalogue>`);
    a = await ledgerFor('sending', SENDING, catalogue);
    b = await ledgerFor('receiving', `${RECEIVING},${NEIGHBOUR}`, catalogue);
    await Promise.all([start(a), start(b)]);
    // The Registry's part: read each host's manifest, list both in the catalogue.
    const manifests = await Promise.all([
      fetch(`${a.url}/api/ewp/host/manifests/${SENDING}.xml`).then((response) => response.text()),
      fetch(`${b.url}/api/ewp/host/manifests/${RECEIVING}.xml`).then((response) => response.text()),
      fetch(`${b.url}/api/ewp/host/manifests/${NEIGHBOUR}.xml`).then((response) => response.text()),
    ]);
    writeFileSync(catalogue, catalogueXml(manifests));
  }, 2 * START_TIMEOUT);

  afterAll(async () => {
    await Promise.all([stop(a), stop(b)]);
  });

  it('publishes a manifest that validates, and answers a signed Echo with a signed response that validates', async () => {
    const manifest = await fetch(`${a.url}/api/ewp/host/manifests/${SENDING}.xml`).then((response) => response.text());
    // The manifest's own schema (its API entries require HTTPS URLs, which a test on the loopback has not).
    expect(await validator.problems('manifest', manifest.replaceAll('http://127.0.0.1', 'https://127.0.0.1'))).toEqual([]);
    const key = hostKeyIn(b);
    const echo = await signedCall(`${a.url}/api/ewp/host/echo`, key, { body: 'echo=hello&echo=world' });
    expect(echo.status).toBe(200);
    expect(await validator.problems('echo-response', echo.body)).toEqual([]);
    // B's key speaks for both schools B's host serves, as the catalogue binds it to both manifests.
    expect(echo.body).toContain(`<hei-id>${RECEIVING}</hei-id>`);
    expect(echo.body).toContain(`<hei-id>${NEIGHBOUR}</hei-id>`);
    const aKey = hostKeyIn(a);
    const sent = { requestId: echo.sent['x-request-id'], signature: parseSignatureParams(echo.sent.authorization)!.signature };
    expect(responseProblem(echo, sent, (keyId) => (keyId === aKey.keyId ? aKey.publicKey : undefined), new Date())).toBeUndefined();
  }, STEP_TIMEOUT);

  it('refuses an unsigned request, an unknown key, a replay and a tampered body, each with a signed EWP error', async () => {
    const echo = `${a.url}/api/ewp/host/echo`;
    const unsigned = await fetch(echo, { method: 'POST' });
    expect(unsigned.status).toBe(401);
    expect(await validator.problems('error-response', await unsigned.text())).toEqual([]);
    expect(unsigned.headers.get('signature')).toMatch(/keyId="[0-9a-f]{64}"/);
    const stranger = hostKeyOf({ privateKeyPem: (await import('node:crypto')).generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), createdAt: '' });
    expect((await signedCall(echo, stranger, { body: 'echo=x' })).status).toBe(403);
    const key = hostKeyIn(b);
    const first = await signedCall(echo, key, { body: 'echo=once', requestId: '6f1f4c1e-8d5b-4b8e-9b1a-3c2d1e0f9a77' });
    expect(first.status).toBe(200);
    const replayed = await signedCall(echo, key, { body: 'echo=once', requestId: '6f1f4c1e-8d5b-4b8e-9b1a-3c2d1e0f9a77', at: new Date(Date.now() - 10 * 60 * 1000) });
    expect(replayed.status).toBe(400);
    expect(replayed.body).toMatch(/five minutes/);
    const again = await signedCall(echo, key, { body: 'echo=once', requestId: '6f1f4c1e-8d5b-4b8e-9b1a-3c2d1e0f9a77' });
    expect(again.status).toBe(400);
    expect(again.body).toMatch(/replay/);
    const tampered = await signedCall(echo, key, { body: 'echo=signed', sentBody: 'echo=forged' });
    expect(tampered.status).toBe(400);
    expect(tampered.body).toMatch(/Digest/);
  }, STEP_TIMEOUT);

  it("A's student drafts and signs, A's coordinator signs; B is notified, fetches and records it; B's coordinator approves; A shows B's signature", async () => {
    const content = aContent({ receivingInstitution: { heiId: RECEIVING, organisationalUnit: 'Faculty of Mathematics', contactPerson: { name: 'Paweł Tomasz Kowalski', email: 'pawel@example.com' } } });
    const drafted = await api(a, 'POST', '/agreements', as.student, { content });
    expect(drafted.status).toBe(201);
    mobilityId = drafted.body.mobilityId;
    const { body: draft } = await api(a, 'GET', `/agreements/${mobilityId}`, as.student);
    for (const party of ['student', 'sending'] as const) {
      expect((await api(a, 'POST', `/agreements/${mobilityId}/signatures`, as[party], { contentHash: draft.draft.contentHash })).status).toBe(201);
    }
    const copy = await eventually("B's copy", async () => {
      const found = await api(b, 'GET', `/agreements/${mobilityId}`, as.receiving);
      return found.status === 200 && found.body.reportedSignatures?.length === 2 ? found.body : undefined;
    });
    // A's signatures are A's word about itself: reports here, never signatures (LA-REPORT).
    expect(copy.reportedSignatures.map((report: { party: string }) => report.party).sort()).toEqual(['sending', 'student']);
    expect(copy.draft.signatures).toEqual([]);

    // The other school on B's host has its own staff: its coordinator neither sees nor answers uw.edu.pl's agreement.
    expect((await api(b, 'GET', `/agreements/${mobilityId}`, neighbourStaff)).status).toBe(404);
    expect((await api(b, 'POST', `/ewp/partner-agreements/${mobilityId}/approval`, neighbourStaff, {})).status).toBe(404);
    // A key bound to another institution than the receiving one is no word of it: A's own host cannot approve (LA-PARTY).
    const foreign = await signedCall(`${a.url}/api/ewp/host/las/update`, hostKeyIn(a), { body: approvalRequest(mobilityId, 'B'.repeat(64)), contentType: 'application/xml' });
    expect(foreign.status).toBe(403);
    expect(foreign.body).toContain('LA-PARTY');
    approvedProposal = (await api(b, 'GET', `/ewp/partner-agreements/${mobilityId}`, as.receiving)).body.changesProposalId;
    expect(approvedProposal).toMatch(/^[0-9A-F]{64}$/);
    const approved = await api(b, 'POST', `/ewp/partner-agreements/${mobilityId}/approval`, as.receiving, { position: 'Mobility coordinator' });
    expect(approved).toMatchObject({ status: 200, body: { sent: 'approve' } });
    const { body: there } = await api(a, 'GET', `/agreements/${mobilityId}`, as.sending);
    expect(there.status).toBe('approved');
    const receiving = JSON.stringify(there.versionInForce);
    expect(receiving).toContain('"party":"receiving"');
    expect(receiving).toContain(`ewp-key:${hostKeyIn(b).keyId}`);
    expect(receiving).toContain('Paweł Kowalski');

    // What B's host reads of A: the index, the agreement and the institution, each valid and only for B's HEI.
    const key = hostKeyIn(b);
    const index = await signedCall(`${a.url}/api/ewp/host/las/index`, key, { body: `sending_hei_id=${SENDING}` });
    expect(index.status).toBe(200);
    expect(await validator.problems('omobility-las-index-response', index.body)).toEqual([]);
    expect(index.body).toContain(`<omobility-id>${mobilityId}</omobility-id>`);
    const got = await signedCall(`${a.url}/api/ewp/host/las/get`, key, { body: `sending_hei_id=${SENDING}&omobility_id=${mobilityId}` });
    expect(got.status).toBe(200);
    expect(await validator.problems('omobility-las-get-response', got.body)).toEqual([]);
    expect(got.body).toContain('<receiving-hei-signature>');
    const institutions = await signedCall(`${a.url}/api/ewp/host/institutions`, key, { body: `hei_id=${SENDING}` });
    expect(await validator.problems('institutions-response', institutions.body)).toEqual([]);
    const stats = await signedCall(`${a.url}/api/ewp/host/las/stats`, key, { body: `sending_hei_id=${SENDING}` });
    expect(await validator.problems('las-outgoing-stats-response', stats.body)).toEqual([]);
    // The key decides what the index lists: A's own key covers no receiving institution of the agreement...
    const own = await signedCall(`${a.url}/api/ewp/host/las/index`, hostKeyIn(a), { body: `sending_hei_id=${SENDING}` });
    expect(own.status).toBe(200);
    expect(await validator.problems('omobility-las-index-response', own.body)).toEqual([]);
    expect(own.body).not.toContain('<omobility-id>');
    // ...and B's key, asking for the other school it covers, gets nothing sent to uw.edu.pl.
    const neighbour = await signedCall(`${a.url}/api/ewp/host/las/index`, key, { body: `sending_hei_id=${SENDING}&receiving_hei_id=${NEIGHBOUR}` });
    expect(neighbour.status).toBe(200);
    expect(await validator.problems('omobility-las-index-response', neighbour.body)).toEqual([]);
    expect(neighbour.body).not.toContain(`<omobility-id>${mobilityId}</omobility-id>`);
    const receivingOnly = await signedCall(`${a.url}/api/ewp/host/las/index`, key, { body: `sending_hei_id=${SENDING}&receiving_hei_id=${RECEIVING}` });
    expect(receivingOnly.status).toBe(200);
    expect(receivingOnly.body).toContain(`<omobility-id>${mobilityId}</omobility-id>`);
    // get applies the same binding: A's key is shown nothing of it.
    const hidden = await signedCall(`${a.url}/api/ewp/host/las/get`, hostKeyIn(a), { body: `sending_hei_id=${SENDING}&omobility_id=${mobilityId}` });
    expect(hidden.status).toBe(200);
    expect(await validator.problems('omobility-las-get-response', hidden.body)).toEqual([]);
    expect(hidden.body).not.toContain(mobilityId);
  }, STEP_TIMEOUT);

  it('a change proposed at A is commented (rejected) at B, and A shows the comment; a stale approval is a 409 both ways', async () => {
    const proposed = await api(a, 'POST', `/agreements/${mobilityId}/amendments`, as.student, {
      changes: [{ op: 'insert', table: 'studiedAbroad', otherReason: 'a seminar opened in spring', component: aComponent('KR630', '3') }],
    });
    expect(proposed.status).toBe(201);
    const { body: open } = await api(a, 'GET', `/agreements/${mobilityId}`, as.student);
    for (const party of ['student', 'sending'] as const) {
      expect((await api(a, 'POST', `/agreements/${mobilityId}/signatures`, as[party], { contentHash: open.proposal.contentHash })).status).toBe(201);
    }
    await eventually('B to fetch the new proposal', async () => {
      const found = await api(b, 'GET', `/ewp/partner-agreements/${mobilityId}`, as.receiving);
      return found.body.changesProposalId && found.body.changesProposalId !== approvedProposal ? true : undefined;
    });
    // B's coordinator answers the proposal read before: A refuses it (409), B says so...
    const stale = await api(b, 'POST', `/ewp/partner-agreements/${mobilityId}/approval`, as.receiving, { changesProposalId: approvedProposal });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/EWP-LA-PROPOSAL/);
    // ...which A refuses from B's host, with EWP's message, whoever sends it.
    const update = approvalRequest(mobilityId, approvedProposal);
    const direct = await signedCall(`${a.url}/api/ewp/host/las/update`, hostKeyIn(b), { body: update, contentType: 'application/xml' });
    expect(direct.status).toBe(409);
    expect(direct.body).toContain('Your copy of the Learning Agreement is not up-to-date');
    const entities = await signedCall(`${a.url}/api/ewp/host/las/update`, hostKeyIn(b), { body: update.replace('?>', '?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'), contentType: 'application/xml' });
    expect(entities.status).toBe(400);
    expect(entities.body).toContain('EWP-XML-DOCTYPE');

    const commented = await api(b, 'POST', `/ewp/partner-agreements/${mobilityId}/comment`, as.receiving, { comment: 'KR630 is full this spring' });
    expect(commented).toMatchObject({ status: 200, body: { sent: 'comment' } });
    const { body: there } = await api(a, 'GET', `/agreements/${mobilityId}`, as.sending);
    expect(there.proposal ?? null).toBeNull();
    expect(JSON.stringify(there)).toContain('KR630 is full this spring');
  }, STEP_TIMEOUT);

  it('B down for a while, then up: the notification of the change made meanwhile arrives once', async () => {
    const before = (await api(b, 'GET', `/ewp/partner-agreements/${mobilityId}`, as.receiving)).body.changesProposalId;
    await stop(b);
    const proposed = await api(a, 'POST', `/agreements/${mobilityId}/amendments`, as.student, {
      changes: [{ op: 'insert', table: 'studiedAbroad', otherReason: 'a language course', component: aComponent('KR640', '2') }],
    });
    expect(proposed.status).toBe(201);
    const { body: open } = await api(a, 'GET', `/agreements/${mobilityId}`, as.student);
    for (const party of ['student', 'sending'] as const) {
      expect((await api(a, 'POST', `/agreements/${mobilityId}/signatures`, as[party], { contentHash: open.proposal.contentHash })).status).toBe(201);
    }
    // A has tried and failed at least once: the work is kept, not lost.
    await eventually('a failed delivery at A', async () => {
      const outbox = JSON.parse(readFileSync(join(a.dir, 'ewp', 'outbox.json'), 'utf8')) as { jobs: Array<{ attempts: number }> };
      return outbox.jobs.some((job) => job.attempts > 0) ? true : undefined;
    });
    await start(b);
    await eventually('B to fetch the proposal made while it was down', async () => {
      const found = await api(b, 'GET', `/ewp/partner-agreements/${mobilityId}`, as.receiving);
      return found.status === 200 && found.body.changesProposalId && found.body.changesProposalId !== before ? true : undefined;
    });
    await eventually("A's outbox emptied", async () => {
      const outbox = JSON.parse(readFileSync(join(a.dir, 'ewp', 'outbox.json'), 'utf8')) as { jobs: unknown[] };
      return outbox.jobs.length === 0 ? true : undefined;
    });
    const received = b.child!.lines.filter((line) => String(line.msg ?? line.message ?? '').includes(`LA CNR from ${SENDING}: ${mobilityId}`));
    expect(received).toHaveLength(1);
  }, START_TIMEOUT + STEP_TIMEOUT);

  it("rotates A's key pair without downtime: both published, the old one signing until the catalogue lists the new one", async () => {
    const old = hostKeyIn(a).keyId;
    const rotated = await api(a, 'POST', '/ewp/host-keys/rotation', bearer({ sub: 'ops', role: 'admin' }));
    expect(rotated.status).toBe(200);
    expect(rotated.body.published.map((key: { keyId: string }) => key.keyId)).toEqual([old, rotated.body.keyId]);
    const manifest = await fetch(`${a.url}/api/ewp/host/manifests/${SENDING}.xml`).then((response) => response.text());
    expect(manifest.match(/<rsa-public-key>/g)).toHaveLength(4);
    const signerOf = async () => {
      const echo = await signedCall(`${a.url}/api/ewp/host/echo`, hostKeyIn(b), { body: 'echo=rotation' });
      expect(echo.status).toBe(200);
      return parseSignatureParams(echo.headers.signature)!.keyId;
    };
    expect(await signerOf()).toBe(old);
    // The Registry reads the manifests again.
    const manifests = await Promise.all([manifest, ...[RECEIVING, NEIGHBOUR].map((heiId) => fetch(`${b.url}/api/ewp/host/manifests/${heiId}.xml`).then((response) => response.text()))]);
    writeFileSync(catalogue, catalogueXml(manifests));
    expect(await signerOf()).toBe(rotated.body.keyId);
  }, STEP_TIMEOUT);
});
