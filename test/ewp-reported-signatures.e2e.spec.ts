import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { aContent } from '@app/domain/testing';
import { startLedger } from './ledger-app';
import { as, bearer } from './tokens';

const XML = { 'Content-Type': 'application/xml' };
const content = aContent({
  receivingInstitution: { heiId: 'uw.edu.pl', organisationalUnit: 'Faculty of Mathematics', contactPerson: { name: 'Paweł Tomasz Kowalski', email: 'pawel@example.com' } },
});
/** What the document claims, in EWP signing order: months before the draft was even written. */
const CLAIMED = ['2025-09-01T10:00:00+02:00', '2025-09-02T11:00:00+02:00', '2025-09-03T12:00:00+02:00'];
const today = new Date().toISOString().slice(0, 10);
/** Each import validates the document against the EWP schemas. */
const IMPORTS_TIMEOUT = 30_000;

type Report = { party: string; claimedAt: string; at: string; contentHash: string; version: number; reportedBy: { party: string; institution: string; by: { id: string } } };
type Signature = { party: string; at: string; signer: { id: string; name?: string } };

/**
 * A staff token once imported an `omobility-las-get-response` listing the other
 * parties' signatures, and the ledger recorded them as theirs, at the document's times, and
 * approved the agreement. A request signs only for its caller; the rest is the partner's report.
 */
describe('signatures an EWP document lists for other parties are the partner’s reports, never their signatures (LA-REPORT, CTI-LA-1, CTI-LA-4)', () => {
  let ledger: INestApplication;
  let partner: INestApplication;
  let http: ReturnType<typeof request>;
  let fullySigned: string;
  beforeAll(async () => {
    [ledger, partner] = await Promise.all([startLedger(), startLedger()]);
    http = request(ledger.getHttpServer());
    // The partner's copy of the same content, signed there by all three and exported as EWP.
    const there = request(partner.getHttpServer());
    const { body } = await there.post('/api/agreements').set('Authorization', as.student).send({ content }).expect(201);
    for (const party of ['student', 'sending', 'receiving'] as const) {
      await there.post(`/api/agreements/${body.mobilityId}/signatures`).set('Authorization', as[party]).send({ contentHash: body.draft.contentHash }).expect(201);
    }
    const exported = await there.get(`/api/agreements/${body.mobilityId}/ewp`).set('Authorization', as.auditor).expect(200);
    let signature = 0;
    fullySigned = exported.text.replaceAll(body.mobilityId, '{mobilityId}').replace(/<timestamp>[^<]+<\/timestamp>/g, () => `<timestamp>${CLAIMED[signature++]}</timestamp>`);
    expect(signature).toBe(3);
  }, IMPORTS_TIMEOUT);
  afterAll(async () => {
    await Promise.all([ledger.close(), partner.close()]);
  });

  /** A draft typed in here by the student, which nobody has signed. */
  const unsignedDraft = async () => {
    const { body } = await http.post('/api/agreements').set('Authorization', as.student).send({ content }).expect(201);
    return { id: body.mobilityId as string, hash: body.draft.contentHash as string };
  };
  const importAs = (token: string, id: string) =>
    http.post('/api/ewp/learning-agreements').set('Authorization', token).set(XML).send(fullySigned.replaceAll('{mobilityId}', id)).expect(200);
  const read = async (id: string) => (await http.get(`/api/agreements/${id}`).set('Authorization', as.auditor).expect(200)).body;

  it("LA-REPORT, CTI-LA-1: receiving staff importing a document that lists the student's and the sending school's signatures sign nothing for them, approve nothing, and the report keeps the claimed time apart", async () => {
    const before = new Date().toISOString();
    const { id, hash } = await unsignedDraft();
    const imported = await importAs(as.receiving, id);
    // Two reports; the receiving signature waits for the two before it (LA-ORDER).
    expect(imported.body.imported).toEqual([{ omobilityId: id, commands: 2, status: 'draft', versionInForce: null }]);

    const agreement = await read(id);
    expect(agreement.status).toBe('draft');
    expect(agreement.versionInForce).toBeUndefined();
    expect(agreement.draft.signatures).toEqual([]);
    expect(agreement.reportedSignatures.map((report: Report) => [report.party, report.claimedAt, report.contentHash, report.version])).toEqual([
      ['student', CLAIMED[0], hash, 1],
      ['sending', CLAIMED[1], hash, 1],
    ]);
    for (const report of agreement.reportedSignatures as Report[]) {
      expect(report.reportedBy).toEqual({ party: 'receiving', institution: 'uw.edu.pl', by: { id: 'staff-pawel', name: 'Paweł Kowalski' } });
      // The ledger's clock, never the document's.
      expect(report.at >= before).toBe(true);
    }

    const { body: log } = await http.get(`/api/agreements/${id}/events`).set('Authorization', as.auditor).expect(200);
    expect(log.events.map((event: { type: string }) => event.type)).toEqual(['AgreementDrafted', 'SignatureReportedByPartner', 'SignatureReportedByPartner']);
    expect(log.chain).toMatchObject({ verified: true });

    const { body: trail } = await http.get(`/api/agreements/${id}/audit`).set('Authorization', as.auditor).expect(200);
    const sentences = trail.entries.map((entry: { sentence: string }) => entry.sentence);
    expect(sentences.slice(1)).toEqual([
      `Receiving institution (uw.edu.pl) recorded a partner's document stating that the student signed the draft on ${CLAIMED[0]}: a report, not a signature (LA-REPORT)`,
      `Receiving institution (uw.edu.pl) recorded a partner's document stating that the sending institution signed the draft on ${CLAIMED[1]}: a report, not a signature (LA-REPORT)`,
    ]);

    // CTI-LA-1: a departure after such an import is still a finding.
    const departed = await http.post(`/api/agreements/${id}/departure`).set('Authorization', as.student).send({ date: today }).expect(200);
    expect(departed.body.findings).toEqual([expect.objectContaining({ ruleId: 'CTI-LA-1' })]);

    // Importing it again records nothing more.
    expect((await importAs(as.receiving, id)).body.imported[0].commands).toBe(0);
  }, IMPORTS_TIMEOUT);

  it("LA-REPORT, CTI-LA-1: the other way round, sending staff sign only for the sending school, as their token names them, at the ledger's time; the receiving signature stays a report", async () => {
    const { id } = await unsignedDraft();
    const first = await importAs(as.sending, id);
    expect(first.body.imported).toEqual([{ omobilityId: id, commands: 2, status: 'draft', versionInForce: null }]);
    expect((await read(id)).draft.signatures).toEqual([]);

    // The student signs through the ledger, as themselves; the same document then brings the sending school's own signature.
    const { body: signedByStudent } = await http.post(`/api/agreements/${id}/signatures`).set('Authorization', as.student).send({ contentHash: (await read(id)).draft.contentHash }).expect(201);
    const studentSignedAt: string = signedByStudent.draft.signatures[0].at;
    const second = await importAs(as.sending, id);
    expect(second.body.imported).toEqual([{ omobilityId: id, commands: 1, status: 'signing', versionInForce: null }]);

    const agreement = await read(id);
    expect(agreement.versionInForce).toBeUndefined();
    expect(agreement.draft.signatures.map(({ party, signer }: Signature) => [party, signer])).toEqual([
      ['student', { id: 'acc-ivan', name: 'Ivan Sidorov', email: 'ivan@example.com' }],
      ['sending', { id: 'staff-anders', name: 'Anders Bardal', signerApp: 'mobility-ledger' }],
    ]);
    expect(agreement.draft.signatures[1].at >= studentSignedAt).toBe(true);
    expect(agreement.draft.signatures.map((signature: Signature) => signature.at)).not.toContain(CLAIMED[1]);
    expect(agreement.draft.awaiting).toBe('receiving');
    expect(agreement.reportedSignatures.map((report: Report) => [report.party, report.claimedAt, report.reportedBy.institution])).toEqual([
      ['student', CLAIMED[0], 'insa-lyon.fr'],
      ['receiving', CLAIMED[2], 'insa-lyon.fr'],
    ]);

    const departed = await http.post(`/api/agreements/${id}/departure`).set('Authorization', as.sending).send({ date: today }).expect(200);
    expect(departed.body.findings).toEqual([expect.objectContaining({ ruleId: 'CTI-LA-1' })]);
  }, IMPORTS_TIMEOUT);

  it('LA-PARTY, LA-REPORT: an admin signs and reports for nobody: a document listing signatures is refused to it, and nothing is written', async () => {
    const { id } = await unsignedDraft();
    const admin = bearer({ sub: 'root', role: 'admin' });
    const refused = await http.post('/api/ewp/learning-agreements').set('Authorization', admin).set(XML).send(fullySigned.replaceAll('{mobilityId}', id)).expect(403);
    expect(refused.text).toContain('LA-PARTY');
    const { body: log } = await http.get(`/api/agreements/${id}/events`).set('Authorization', as.auditor).expect(200);
    expect(log.events.map((event: { type: string }) => event.type)).toEqual(['AgreementDrafted']);
  }, IMPORTS_TIMEOUT);

  it('CTI-LA-1: version 1 comes into force only when the receiving institution signs through the ledger, at the ledger’s time', async () => {
    const { id, hash } = await unsignedDraft();
    await importAs(as.receiving, id);
    for (const party of ['student', 'sending'] as const) {
      await http.post(`/api/agreements/${id}/signatures`).set('Authorization', as[party]).send({ contentHash: hash }).expect(201);
    }
    const before = new Date().toISOString();
    // Now the document's receiving signature is the caller's own, and its turn has come.
    expect((await importAs(as.receiving, id)).body.imported).toEqual([{ omobilityId: id, commands: 1, status: 'approved', versionInForce: 1 }]);
    const agreement = await read(id);
    expect(agreement.versionInForce.signatures.map(({ party, signer }: Signature) => [party, signer.id])).toEqual([
      ['student', 'acc-ivan'],
      ['sending', 'staff-anders'],
      ['receiving', 'staff-pawel'],
    ]);
    expect(agreement.versionInForce.approvedAt >= before).toBe(true);
    expect(agreement.versionInForce.signatures.map((signature: Signature) => signature.at)).not.toContain(CLAIMED[2]);
  }, IMPORTS_TIMEOUT);
});
