import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { aComponent, aContent } from '@app/domain/testing';
import { startLedger } from './ledger-app';
import { as } from './tokens';

describe('a mistaken amendment proposal withdrawn and a corrected one signed, over HTTP (CTI-LA-3)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  beforeAll(async () => {
    app = await startLedger();
    http = request(app.getHttpServer());
  });
  afterAll(() => app.close());

  const signAll = async (id: string, contentHash: string) => {
    for (const party of ['student', 'sending', 'receiving'] as const) {
      await http.post(`/api/agreements/${id}/signatures`).set('Authorization', as[party]).send({ contentHash }).expect(201);
    }
  };
  const propose = (id: string, code: string) =>
    http
      .post(`/api/agreements/${id}/amendments`)
      .set('Authorization', as.student)
      .send({
        changes: [
          { op: 'delete', table: 'studiedAbroad', code: 'KR502B', reason: 'not-available' },
          { op: 'insert', table: 'studiedAbroad', reason: 'substituting-deleted', component: aComponent(code, '6') },
        ],
      })
      .expect(201);

  it('CTI-LA-3: the proposer withdraws the mistaken proposal, proposes again, and the three sign the corrected one', async () => {
    const drafted = await http.post('/api/agreements').set('Authorization', as.student).send({ content: aContent() }).expect(201);
    const id = drafted.body.mobilityId;
    await signAll(id, drafted.body.draft.contentHash);

    const mistaken = await propose(id, 'KR6300');
    await http.post(`/api/agreements/${id}/signatures`).set('Authorization', as.student).send({ contentHash: mistaken.body.proposal.contentHash }).expect(201);
    // Before withdrawals, a second proposal was refused while the first stayed open.
    const blocked = await http.post(`/api/agreements/${id}/amendments`).set('Authorization', as.student).send({ changes: [] }).expect(422);
    expect(blocked.body.ruleId).toBe('CTI-LA-3');

    // LA-PARTY: the sending school did not propose it; it rejects instead of withdrawing.
    const notTheirs = await http.post(`/api/agreements/${id}/withdrawals`).set('Authorization', as.sending).send({ proposalNumber: 1 }).expect(403);
    expect(notTheirs.body.ruleId).toBe('LA-PARTY');
    const stale = await http.post(`/api/agreements/${id}/withdrawals`).set('Authorization', as.student).send({ proposalNumber: 2 }).expect(409);
    expect(stale.body.ruleId).toBe('CTI-LA-3');
    const malformed = await http.post(`/api/agreements/${id}/withdrawals`).set('Authorization', as.student).send({ proposalNumber: 'one' }).expect(400);
    expect(JSON.stringify(malformed.body)).toContain('proposalNumber');

    const withdrawn = await http
      .post(`/api/agreements/${id}/withdrawals`)
      .set('Authorization', as.student)
      .send({ proposalNumber: 1, comment: 'KR6300 is a typo for KR630' })
      .expect(201);
    expect(withdrawn.body).toMatchObject({
      status: 'approved',
      versionInForce: { number: 1 },
      withdrawals: [{ proposalNumber: 1, contentHash: mistaken.body.proposal.contentHash, party: 'student', comment: 'KR6300 is a typo for KR630' }],
    });
    expect(withdrawn.body.proposal).toBeUndefined();
    await http.post(`/api/agreements/${id}/withdrawals`).set('Authorization', as.student).send({ proposalNumber: 1 }).expect(422);

    const corrected = await propose(id, 'KR630');
    expect(corrected.body.proposal).toMatchObject({ number: 2, baseVersion: 1 });
    await signAll(id, corrected.body.proposal.contentHash);
    const agreement = await http.get(`/api/agreements/${id}`).set('Authorization', as.auditor).expect(200);
    expect(agreement.body).toMatchObject({ status: 'approved', versionInForce: { number: 2, proposalNumber: 2 } });
    expect(agreement.body.versionInForce.content.studiedAbroad.map((c: { code: string }) => c.code)).toContain('KR630');

    const trail = await http.get(`/api/agreements/${id}/audit`).set('Authorization', as.auditor).expect(200);
    const sentences = trail.body.entries.map((entry: { sentence: string }) => entry.sentence);
    expect(sentences).toContain(
      'The student withdrew amendment 1: KR6300 is a typo for KR630; 1 signature of the round voided (CTI-LA-4); the version in force stays (CTI-LA-3)',
    );
    const french = await http.get(`/api/agreements/${id}/audit?lang=fr`).set('Authorization', as.auditor).expect(200);
    expect(french.body.entries.map((entry: { sentence: string }) => entry.sentence).join('\n')).toContain("a retiré l'avenant 1");
  });
});
