import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { aComponent, aContent } from '@app/domain/testing';
import { startLedger } from './ledger-app';
import { as } from './tokens';

const today = new Date().toISOString().slice(0, 10);

describe('a learning agreement over HTTP, from draft to return (CTI-LA-1..4)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  beforeAll(async () => {
    app = await startLedger();
    http = request(app.getHttpServer());
  });
  afterAll(() => app.close());

  const signAll = async (id: string, hash: string) => {
    for (const party of ['student', 'sending', 'receiving'] as const) {
      await http.post(`/api/agreements/${id}/signatures`).set('Authorization', as[party]).send({ contentHash: hash }).expect(201);
    }
  };

  it('walks the whole story', async () => {
    // Draft, then edit: the student drafts, the sending institution corrects table B.
    const drafted = await http.post('/api/agreements').set('Authorization', as.student).send({ content: aContent() }).expect(201);
    const id = drafted.body.mobilityId;
    expect(drafted.body).toMatchObject({ status: 'draft', draft: { awaiting: 'student' } });
    const edited = await http
      .put(`/api/agreements/${id}/draft`)
      .set('Authorization', as.sending)
      .send({ content: aContent({ recognisedAtHome: [aComponent('UE-MATH-4', '16.5')] }) })
      .expect(200);
    const hash1 = edited.body.draft.contentHash;
    expect(hash1).not.toBe(drafted.body.draft.contentHash);

    // Signing order (EWP): the receiving institution cannot sign before the student.
    const early = await http.post(`/api/agreements/${id}/signatures`).set('Authorization', as.receiving).send({ contentHash: hash1 }).expect(422);
    expect(early.body.ruleId).toBe('LA-ORDER');
    // CTI-LA-4: a signature on a stale hash is refused.
    const stale = await http.post(`/api/agreements/${id}/signatures`).set('Authorization', as.student).send({ contentHash: drafted.body.draft.contentHash }).expect(409);
    expect(stale.body).toMatchObject({ ruleId: 'CTI-LA-4' });

    // Student and sending sign; the receiving institution rejects with a comment: the round is void.
    await http.post(`/api/agreements/${id}/signatures`).set('Authorization', as.student).send({ contentHash: hash1 }).expect(201);
    await http.post(`/api/agreements/${id}/signatures`).set('Authorization', as.sending).send({ contentHash: hash1 }).expect(201);
    const rejected = await http.post(`/api/agreements/${id}/rejections`).set('Authorization', as.receiving).send({ comment: 'KR502B is not taught in spring' }).expect(201);
    expect(rejected.body).toMatchObject({ status: 'draft', draft: { signatures: [], awaiting: 'student' } });

    // Re-signed by all three: version 1.
    await signAll(id, hash1);
    const v1 = await http.get(`/api/agreements/${id}`).set('Authorization', as.auditor).expect(200);
    expect(v1.body).toMatchObject({ status: 'approved', versionInForce: { number: 1, contentHash: hash1 } });
    expect(v1.body.versionInForce.signatures.map((s: { party: string; signer: { name?: string } }) => [s.party, s.signer.name])).toEqual([
      ['student', 'Ivan Sidorov'],
      ['sending', 'Anders Bardal'],
      ['receiving', 'Paweł Kowalski'],
    ]);

    // Amendment 1 (approved): KR502B is not available, KR510 substitutes it.
    const proposal1 = await http
      .post(`/api/agreements/${id}/amendments`)
      .set('Authorization', as.student)
      .send({
        changes: [
          { op: 'delete', table: 'studiedAbroad', code: 'KR502B', reason: 'not-available' },
          { op: 'insert', table: 'studiedAbroad', component: aComponent('KR510', '7.5'), reason: 'substituting-deleted' },
        ],
      })
      .expect(201);
    expect(proposal1.body).toMatchObject({ status: 'amendment-proposed', versionInForce: { number: 1 }, proposal: { number: 1, awaiting: 'student' } });
    await signAll(id, proposal1.body.proposal.contentHash);
    const v2 = await http.get(`/api/agreements/${id}`).set('Authorization', as.student).expect(200);
    expect(v2.body).toMatchObject({ status: 'approved', versionInForce: { number: 2, proposalNumber: 1 } });
    expect(v2.body.versionInForce.content.studiedAbroad.map((c: { code: string }) => c.code)).toEqual(['KR501', 'KR510']);

    // Amendment 2 (rejected): version 2 stays in force (CTI-LA-3).
    const proposal2 = await http
      .post(`/api/agreements/${id}/amendments`)
      .set('Authorization', as.sending)
      .send({ changes: [{ op: 'insert', table: 'virtual', component: aComponent('VR-01', '3'), otherReason: 'Online seminar offered late' }] })
      .expect(201);
    await http.post(`/api/agreements/${id}/signatures`).set('Authorization', as.student).send({ contentHash: proposal2.body.proposal.contentHash }).expect(201);
    const refused = await http.post(`/api/agreements/${id}/rejections`).set('Authorization', as.sending).send({ comment: 'Not recognised at home' }).expect(201);
    expect(refused.body).toMatchObject({ status: 'approved', versionInForce: { number: 2 } });
    expect(refused.body.proposal).toBeUndefined();
    expect(refused.body.rejections).toHaveLength(2);

    // Departure and return, after version 1: no CTI-LA-1 finding.
    const departed = await http.post(`/api/agreements/${id}/departure`).set('Authorization', as.student).send({ date: today }).expect(200);
    expect(departed.body).toMatchObject({ departedOn: today, findings: [] });
    await http.post(`/api/agreements/${id}/return`).set('Authorization', as.sending).send({ date: today }).expect(200);

    // Version 1 stays readable as signed, and the events tell the whole story, chain intact.
    const version1 = await http.get(`/api/agreements/${id}/versions/1`).set('Authorization', as.receiving).expect(200);
    expect(version1.body.content.studiedAbroad.map((c: { code: string }) => c.code)).toEqual(['KR501', 'KR502B']);
    const events = await http.get(`/api/agreements/${id}/events`).set('Authorization', as.auditor).expect(200);
    expect(events.body.chain).toMatchObject({ verified: true });
    const types = events.body.events.map((e: { type: string }) => e.type);
    expect(types).toEqual([
      'AgreementDrafted', 'DraftEdited', 'AgreementSigned', 'AgreementSigned', 'AgreementRejected',
      'AgreementSigned', 'AgreementSigned', 'AgreementSigned', 'AgreementApproved',
      'AmendmentProposed', 'AmendmentSigned', 'AmendmentSigned', 'AmendmentSigned', 'AmendmentApproved',
      'AmendmentProposed', 'AmendmentSigned', 'AmendmentRejected', 'DepartureRecorded', 'ReturnRecorded',
    ]);
    expect(events.body.events[4].metadata).toMatchObject({ actor: { id: 'staff-pawel', role: 'receiving', institution: 'uw.edu.pl' } });

    // The list shows it to its parties and the auditor, and to nobody else.
    const listed = await http.get('/api/agreements?institution=uw.edu.pl').set('Authorization', as.receiving).expect(200);
    expect(listed.body.items.map((s: { mobilityId: string }) => s.mobilityId)).toContain(id);
    const hidden = await http.get('/api/agreements').set('Authorization', as.otherSchool).expect(200);
    expect(hidden.body.total).toBe(0);
  });

  it('records a departure before the third signature as a CTI-LA-1 finding', async () => {
    const drafted = await http.post('/api/agreements').set('Authorization', as.sending).send({ content: aContent() }).expect(201);
    const departed = await http.post(`/api/agreements/${drafted.body.mobilityId}/departure`).set('Authorization', as.student).send({ date: today }).expect(200);
    expect(departed.body.findings).toEqual([expect.objectContaining({ ruleId: 'CTI-LA-1' })]);
  });
});
