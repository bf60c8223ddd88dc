import request from 'supertest';
import { aContent } from '@app/domain/testing';
import { as } from '../tokens';

/**
 * Drafts `agreements` learning agreements at the agreements service and has the three
 * parties sign each, `concurrency` at a time: about five events an agreement, and a log
 * that keeps growing while a test breaks something.
 */
export async function signAgreements(agreementsUrl: string, agreements: number, concurrency = 4): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < agreements) {
      next += 1;
      const drafted = await request(agreementsUrl).post('/api/agreements').set('Authorization', as.student).send({ content: aContent() }).expect(201);
      for (const party of ['student', 'sending', 'receiving'] as const) {
        await request(agreementsUrl)
          .post(`/api/agreements/${drafted.body.mobilityId}/signatures`)
          .set('Authorization', as[party])
          .send({ contentHash: drafted.body.draft.contentHash })
          .expect(201);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
