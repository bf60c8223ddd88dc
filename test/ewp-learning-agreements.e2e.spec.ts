import { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { aComponent, aContent } from '@app/domain/testing';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { EwpSchemaValidator } from '@app/ewp';
import { startLedger } from './ledger-app';
import { as, bearer } from './tokens';

const EXAMPLES = 'libs/ewp/schemas/ewp-specs-api-omobility-las/stable-v2/examples';
const example = (name: string) => readFileSync(`${EXAMPLES}/${name}`, 'utf8');
const validator = new EwpSchemaValidator();
const XML = { 'Content-Type': 'application/xml' };

/** The receiving institution of the EWP example (uw.edu.pl), which imports its copy. */
const exampleReceiving = bearer({ sub: 'staff-pawel', role: 'receiving', institution: 'uw.edu.pl', name: 'Paweł Kowalski' });
/** The example's other parties, as they sign here with their own tokens: its student acts under their ESI. */
const exampleParties = {
  student: bearer({ sub: 'urn:schac:personalUniqueCode:int:esi:uio.no:1234567890', role: 'student' }),
  sending: bearer({ sub: 'staff-anders', role: 'sending', institution: 'uio.no', name: 'Anders Bardal' }),
};

/** An import that waits for the parties to sign validates the document against the schemas once per round trip. */
const SIGNING_ROUNDS_TIMEOUT = 60_000;

const allEvents = async (store: EventStore) => (await store.readAll({ maxCount: 10_000 })).length;
const timesAside = (xml: string) => xml.replace(/<timestamp>[^<]*<\/timestamp>/g, '<timestamp/>');
const timesOf = (xml: string) => [...xml.matchAll(/<timestamp>([^<]*)<\/timestamp>/g)].map(([, at]) => at);

type Party = 'student' | 'sending' | 'receiving';
type Report = { party: Party; contentHash: string; claimedAt: string; proposalNumber?: number };

/**
 * Imports a partner's document as `importer`; whenever the round it leaves open awaits a party
 * the partner reported as signing it, that party signs through the API with its own token, and
 * the document is imported again, until nothing moves. The document's signatures of other
 * parties are only reports (LA-REPORT): this is how they become signatures here.
 */
const importWithPartiesSigning = async (http: ReturnType<typeof request>, xml: string, importer: string, parties: Partial<Record<Party, string>>) => {
  let commands = 0;
  for (let turn = 0; turn < 16; turn += 1) {
    const { body: imported } = await http.post('/api/ewp/learning-agreements').set('Authorization', importer).set(XML).send(xml).expect(200);
    commands += imported.imported[0].commands;
    const id: string = imported.imported[0].omobilityId;
    const { body: agreement } = await http.get(`/api/agreements/${id}`).set('Authorization', importer).expect(200);
    const round = agreement.proposal ?? agreement.draft;
    const token = round?.awaiting && parties[round.awaiting as Party];
    const reported = (agreement.reportedSignatures as Report[]).some((report) => report.party === round?.awaiting && report.contentHash === round?.contentHash);
    if (!token || !reported) return { agreement, commands };
    await http.post(`/api/agreements/${id}/signatures`).set('Authorization', token).send({ contentHash: round.contentHash }).expect(201);
  }
  throw new Error('the import did not settle');
};

describe('learning agreements in EWP XML (export, import, update)', () => {
  let first: INestApplication;
  let second: INestApplication;
  beforeAll(async () => {
    first = await startLedger();
    second = await startLedger();
  });
  afterAll(async () => {
    await first.close();
    await second.close();
  });

  /** An agreement typed in: version 1, one approved amendment, a second one signed by student and sending. */
  const typedIn = async (): Promise<string> => {
    const http = request(first.getHttpServer());
    const content = aContent({ receivingInstitution: { heiId: 'uw.edu.pl', organisationalUnit: 'Faculty of Mathematics', contactPerson: { name: 'Paweł Tomasz Kowalski', email: 'pawel@example.com' } } });
    const drafted = await http.post('/api/agreements').set('Authorization', as.student).send({ content }).expect(201);
    const id: string = drafted.body.mobilityId;
    const sign = async (parties: Array<'student' | 'sending' | 'receiving'>) => {
      const { body } = await http.get(`/api/agreements/${id}`).set('Authorization', as.student).expect(200);
      const hash = (body.proposal ?? body.draft).contentHash;
      for (const party of parties) {
        await http.post(`/api/agreements/${id}/signatures`).set('Authorization', as[party]).send({ contentHash: hash }).expect(201);
      }
    };
    await sign(['student', 'sending', 'receiving']);
    await http.post(`/api/agreements/${id}/amendments`).set('Authorization', as.student).send({
      changes: [
        { op: 'delete', table: 'studiedAbroad', code: 'KR502B', reason: 'not-available' },
        { op: 'insert', table: 'studiedAbroad', reason: 'substituting-deleted', component: aComponent('KR510', '7.5') },
      ],
    }).expect(201);
    await sign(['student', 'sending', 'receiving']);
    await http.post(`/api/agreements/${id}/amendments`).set('Authorization', as.student).send({
      changes: [{ op: 'insert', table: 'studiedAbroad', otherReason: 'a seminar opened in spring', component: aComponent('KR630', '3') }],
      student: { familyName: 'Karamazov', citizenship: 'NO' },
    }).expect(201);
    await sign(['student', 'sending']);
    return id;
  };

  it("exports a valid omobility-las-get-response, and a fresh store importing it, its parties signing as themselves, exports the same document at its own times (LA-REPORT)", async () => {
    const id = await typedIn();
    const exported = await request(first.getHttpServer()).get(`/api/agreements/${id}/ewp`).set('Authorization', as.auditor).expect(200);
    expect(exported.headers['content-type']).toMatch(/application\/xml/);
    expect(await validator.problems('omobility-las-get-response', exported.text)).toEqual([]);
    expect(exported.text).toContain('<first-version>');
    // Cumulative against the first version: KR502B deleted, KR510 inserted, with their EWP reasons.
    expect(exported.text).toMatch(/<approved-changes>[\s\S]*status="deleted" reason-code="not-available"[\s\S]*status="inserted" reason-code="substituting-deleted"[\s\S]*<\/approved-changes>/);
    expect(exported.text).toMatch(/<changes-proposal id="[0-9A-F]{64}">/);
    // LA-STUDENT: the open proposal says what it changes in the student's data, after its signatures.
    expect(exported.text).toMatch(/<\/sending-hei-signature>\s*<student>\s*<family-name>Karamazov<\/family-name>\s*<citizenship>NO<\/citizenship>\s*<\/student>\s*<\/changes-proposal>/);

    const http = request(second.getHttpServer());
    // A student known only through EWP acts under their European Student Identifier.
    const studentHere = bearer({ sub: 'urn:schac:personalUniqueCode:int:esi:insa-lyon.fr:1234567890', role: 'student' });
    const { agreement, commands } = await importWithPartiesSigning(http, exported.text, as.receiving, { student: studentHere, sending: as.sending });
    // Draft and 2 reports; then, each round signed here by student and sending, the receiving signature, the next proposal and its 2 reports, twice.
    expect(commands).toBe(11);
    expect(agreement).toMatchObject({ status: 'amendment-proposed', versionInForce: { number: 2 }, proposal: { awaiting: 'receiving' } });
    const again = await http.get(`/api/agreements/${id}/ewp`).set('Authorization', as.receiving).expect(200);
    expect(timesAside(again.text)).toBe(timesAside(exported.text));
    // Every signature is the second store's own, made after the first store's.
    const [latestThere] = timesOf(exported.text).sort().reverse();
    expect(timesOf(again.text).every((at) => at > latestThere)).toBe(true);
  }, SIGNING_ROUNDS_TIMEOUT);

  it("imports the EWP example: tables and proposal as the example says, its other parties' signatures as reports with the example's times; a second import changes nothing", async () => {
    const http = request(second.getHttpServer());
    const store = second.get<EventStore>(EVENT_STORE);
    const id = 'c442c289-5541-4cae-9edb-8ad83e133613';
    const started = new Date().toISOString();
    await importWithPartiesSigning(http, example('get-response-example.xml'), exampleReceiving, exampleParties);
    const { body } = await http.get(`/api/agreements/${id}`).set('Authorization', exampleReceiving).expect(200);
    expect(body).toMatchObject({ status: 'amendment-proposed', versionInForce: { number: 2 }, proposal: { awaiting: 'receiving' } });
    expect(body.versionInForce.content.studiedAbroad.map((c: { title: string }) => c.title)).toEqual(['Introductory calculus', 'Algebra']);
    expect(body.proposal.content.studiedAbroad.map((c: { title: string }) => c.title)).toEqual(['Algebra', 'Elementary Set Theory']);
    // The example proposes the family name Karamazov instead of Sidorov (LA-STUDENT).
    expect(body.proposal.studentChanges).toEqual({ familyName: 'Karamazov' });
    expect(body.proposal.content.student).toMatchObject({ givenNames: 'Ivan Petrovich', familyName: 'Karamazov' });
    expect(body.versionInForce.content.student.familyName).toBe('Sidorov');
    // LA-REPORT: version 2 is signed by each party as itself, at the ledger's time; what the example says of the others is their report.
    expect(body.versionInForce.signatures.map((s: { party: string; signer: { id: string; signerApp?: string } }) => [s.party, s.signer.id, s.signer.signerApp])).toEqual([
      ['student', 'urn:schac:personalUniqueCode:int:esi:uio.no:1234567890', undefined],
      ['sending', 'staff-anders', undefined],
      ['receiving', 'staff-pawel', 'USOS'],
    ]);
    expect((body.reportedSignatures as Report[]).filter((report) => report.proposalNumber === 1).map((report) => [report.party, report.claimedAt])).toEqual([
      ['student', '2019-03-02T12:31:38+02:00'],
      ['sending', '2019-03-03T10:11:58+02:00'],
    ]);
    expect(body.versionInForce.signatures.every((s: { at: string }) => s.at >= started)).toBe(true);

    const before = await allEvents(store);
    const again = await http.post('/api/ewp/learning-agreements').set('Authorization', exampleReceiving).set(XML).send(example('get-response-example.xml')).expect(200);
    expect(again.body.imported[0].commands).toBe(0);
    expect(await allEvents(store)).toBe(before);

    const exported = await http.get(`/api/agreements/${id}/ewp`).set('Authorization', exampleReceiving).expect(200);
    expect(await validator.problems('omobility-las-get-response', exported.text)).toEqual([]);
    const source = example('get-response-example.xml');
    expect(exported.text).toMatch(/<student>\s*<family-name>Karamazov<\/family-name>\s*<\/student>\s*<\/changes-proposal>/);
    for (const fragment of ['<signer-position>Mobility coordinator</signer-position>', 'status="deleted" reason-code="language-mismatch"', '<los-code>KR502B</los-code>', '<loi-id>CRI/76c42226-e89c-401f-ad1b-8ebffd909b50</loi-id>']) {
      expect(source).toContain(fragment);
      expect(exported.text).toContain(fragment);
    }
    // The export shows the signatures made here, never a partner's reported time as a signature.
    for (const fragment of ['<timestamp>2019-03-14T09:31:48+02:00</timestamp>', '<timestamp>2018-11-12T13:13:45+02:00</timestamp>']) {
      expect(source).toContain(fragment);
      expect(exported.text).not.toContain(fragment);
    }
  }, SIGNING_ROUNDS_TIMEOUT);

  it('answers a stale changes-proposal-id with 409 and a user message, and records an approval of the current one', async () => {
    const http = request(second.getHttpServer());
    const id = 'c442c289-5541-4cae-9edb-8ad83e133613';
    await importWithPartiesSigning(http, example('get-response-example.xml'), exampleReceiving, exampleParties);
    // The upstream example names another proposal id than the one this server computes.
    const approve = example('update-request-examples/approve-proposal-v1.xml').replace('<req:sending-hei-id>uw.edu.pl<', '<req:sending-hei-id>uio.no<');
    const stale = await http.post('/api/ewp/learning-agreements/update').set('Authorization', exampleReceiving).set(XML).send(approve).expect(409);
    expect(stale.text).toContain('EWP-LA-PROPOSAL');
    expect(stale.text).toContain('<user-message>Your copy of the Learning Agreement is not up-to-date.');

    const exported = await http.get(`/api/agreements/${id}/ewp`).set('Authorization', exampleReceiving).expect(200);
    const currentId = /<changes-proposal id="([0-9A-F]+)">/.exec(exported.text)![1];
    const approved = await http
      .post('/api/ewp/learning-agreements/update')
      .set('Authorization', exampleReceiving)
      .set(XML)
      .send(approve.replace(/<req:changes-proposal-id>[^<]+</, `<req:changes-proposal-id>${currentId}<`))
      .expect(200);
    expect(await validator.problems('omobility-las-update-response', approved.text)).toEqual([]);
    const { body } = await http.get(`/api/agreements/${id}`).set('Authorization', exampleReceiving).expect(200);
    expect(body).toMatchObject({ status: 'approved', versionInForce: { number: 3, studentChanges: { familyName: 'Karamazov' } } });
    // The caller signs as the token names them, at the ledger's time, never the request's (LA-REPORT, CTI-LA-1).
    expect(body.versionInForce.signatures[2]).toMatchObject({ party: 'receiving', signer: { id: 'staff-pawel', name: 'Paweł Kowalski', position: 'Mobility coordinator', signerApp: 'USOS' } });
    expect(body.versionInForce.signatures[2].at).not.toBe('2018-11-14T08:18:19+02:00');
    expect(body.versionInForce.signatures[2].signer.email).toBeUndefined();
    // After the approval EWP shows the new name as the student's own, and no proposal.
    const after = await http.get(`/api/agreements/${id}/ewp`).set('Authorization', exampleReceiving).expect(200);
    expect(await validator.problems('omobility-las-get-response', after.text)).toEqual([]);
    expect(after.text).toMatch(/<student>\s*<given-names>Ivan Petrovich<\/given-names>\s*<family-name>Karamazov<\/family-name>/);
    expect(after.text).not.toContain('<changes-proposal');
  }, SIGNING_ROUNDS_TIMEOUT);

  it('serves the EWP stats counters per academic year as a valid las-outgoing-stats-response', async () => {
    const http = request(first.getHttpServer());
    const stats = await http.get('/api/ewp/learning-agreements/stats?school=insa-lyon.fr').set('Authorization', as.sending).expect(200);
    expect(await validator.problems('las-outgoing-stats-response', stats.text)).toEqual([]);
    // The agreement typed in above: modified after approval, its latest version awaiting the receiving signature.
    expect(stats.text).toContain('<receiving-academic-year-id>2025/2026</receiving-academic-year-id>');
    expect(stats.text).toContain('<la-outgoing-modified-after-approval>1</la-outgoing-modified-after-approval>');
    expect(stats.text).toContain('<la-outgoing-latest-version-awaiting>1</la-outgoing-latest-version-awaiting>');
    await http.get('/api/ewp/learning-agreements/stats?school=insa-lyon.fr').set('Authorization', as.otherSchool).expect(403);
  });

  // After the stats test, which counts the agreements typed in so far.
  it("LA-STUDENT: refuses student changes with an unknown field, a malformed email or date (400), and names the field", async () => {
    const http = request(first.getHttpServer());
    const id = await typedIn();
    for (const student of [{ nickname: 'Vanya' }, { email: 'ivan@' }, { birthDate: '2003-02-30' }, { gender: 3 }]) {
      const refused = await http.post(`/api/agreements/${id}/amendments`).set('Authorization', as.student).send({ changes: [], student }).expect(400);
      expect(JSON.stringify(refused.body)).toContain(Object.keys(student)[0]);
    }
  });

  it('refuses a document with a missing required element, with the schema error, and writes nothing', async () => {
    const http = request(first.getHttpServer());
    const store = first.get<EventStore>(EVENT_STORE);
    const before = await allEvents(store);
    const broken = example('get-response-example.xml').replace(/<receiving-academic-year-id>[^<]+<\/receiving-academic-year-id>/, '');
    const refused = await http.post('/api/ewp/learning-agreements').set('Authorization', exampleReceiving).set(XML).send(broken).expect(400);
    expect(refused.text).toContain('EWP-SCHEMA');
    expect(refused.text).toContain('This element is not expected. Expected is ( {https://github.com/erasmus-without-paper/ewp-specs-api-omobility-las/blob/stable-v1/endpoints/get-response.xsd}receiving-academic-year-id )');
    expect(await allEvents(store)).toBe(before);
  });

  // Last: it drafts one more agreement, which the stats above would count.
  it('answers a refusal of the export as every refusal of the API: a JSON error body, labelled JSON (EWP-LA-PUBLISH)', async () => {
    const http = request(first.getHttpServer());
    const nobody = '00000000-0000-4000-8000-000000000000';
    const unknown = await http.get(`/api/agreements/${nobody}/ewp`).set('Authorization', as.sending).expect(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/json/);
    expect(unknown.body).toMatchObject({ statusCode: 404, message: `no learning agreement ${nobody}` });

    const content = aContent({ receivingInstitution: { heiId: 'uw.edu.pl', organisationalUnit: 'Faculty of Mathematics', contactPerson: { name: 'Paweł Tomasz Kowalski', email: 'pawel@example.com' } } });
    const drafted = await http.post('/api/agreements').set('Authorization', as.student).send({ content }).expect(201);
    const draft = await http.get(`/api/agreements/${drafted.body.mobilityId}/ewp`).set('Authorization', as.sending).expect(422);
    expect(draft.headers['content-type']).toMatch(/^application\/json/);
    expect(draft.body).toEqual({
      statusCode: 422,
      error: 'UNPROCESSABLE_ENTITY',
      ruleId: 'EWP-LA-PUBLISH',
      message: `EWP-LA-PUBLISH: the draft of mobility ${drafted.body.mobilityId} awaits the student's and the sending institution's signatures`,
    });
  });
});
