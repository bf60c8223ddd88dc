import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { aContent } from '@app/domain/testing';
import { startLedger } from './ledger-app';
import { as, bearer } from './tokens';

describe('signatures bound to the authenticated identity', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  beforeAll(async () => {
    app = await startLedger();
    http = request(app.getHttpServer());
  });
  afterAll(() => app.close());

  it("records the signer's name and email from the token, never from the body, and lets no admin sign for a party", async () => {
    const { body: drafted } = await http.post('/api/agreements').set('Authorization', as.student).send({ content: aContent() }).expect(201);
    const { mobilityId, draft } = drafted;
    const forged = await http
      .post(`/api/agreements/${mobilityId}/signatures`)
      .set('Authorization', as.student)
      .send({ contentHash: draft.contentHash, signer: { name: 'Someone Else', email: 'else@example.com' } })
      .expect(400);
    expect(forged.body.errors).toEqual([expect.objectContaining({ field: 'signer' })]);

    const admin = bearer({ sub: 'root', role: 'admin', name: 'Ivan Sidorov', email: 'ivan@example.com' });
    expect((await http.post(`/api/agreements/${mobilityId}/signatures`).set('Authorization', admin).send({ contentHash: draft.contentHash }).expect(403)).body.ruleId).toBe(
      'LA-PARTY',
    );

    const { body: signed } = await http
      .post(`/api/agreements/${mobilityId}/signatures`)
      .set('Authorization', as.student)
      .send({ contentHash: draft.contentHash })
      .expect(201);
    expect(signed.draft.signatures).toEqual([
      expect.objectContaining({ party: 'student', signer: { id: 'acc-ivan', name: 'Ivan Sidorov', email: 'ivan@example.com' } }),
    ]);
  });
});
