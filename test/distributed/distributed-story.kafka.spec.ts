import request from 'supertest';
import { aComponent, aContent } from '@app/domain/testing';
import { waitFor } from '@app/messaging/testing';
import { as } from '../tokens';
import { DistributedDeployment, startDistributed } from './distributed-services';
import { compareWithRebuild } from './read-model-parity';

const today = new Date().toISOString().slice(0, 10);

/**
 * The services apart, as a network of schools runs them: commands to the agreements and
 * recognition services, reads from the projections service, everything through PostgreSQL
 * and the broker, each service its own OS process.
 */
describe('distributed: agreements, recognition, projections and relay as separate processes over PostgreSQL and Kafka', () => {
  let deployment: DistributedDeployment;
  beforeAll(async () => {
    deployment = await startDistributed();
    await Promise.all((['agreements', 'recognition', 'projections', 'relay'] as const).map((name) => deployment.start(name)));
  }, 120_000);
  afterAll(() => deployment?.stop(), 30_000);

  const agreements = () => request(deployment.url.agreements);
  const recognition = () => request(deployment.url.recognition);
  const projections = () => request(deployment.url.projections);

  const signAll = async (id: string, contentHash: string) => {
    for (const party of ['student', 'sending', 'receiving'] as const) {
      await agreements().post(`/api/agreements/${id}/signatures`).set('Authorization', as[party]).send({ contentHash }).expect(201);
    }
  };

  it('signs, amends and departs at the agreements service, recognises at the recognition service, and reads the trail and the cohort from the projections service (CTI-LA-4, CTI-REC-1)', async () => {
    const drafted = await agreements().post('/api/agreements').set('Authorization', as.student).send({ content: aContent() }).expect(201);
    const id: string = drafted.body.mobilityId;
    await signAll(id, drafted.body.draft.contentHash);
    const proposal = await agreements()
      .post(`/api/agreements/${id}/amendments`)
      .set('Authorization', as.student)
      .send({ changes: [{ op: 'insert', table: 'studiedAbroad', reason: 'extending-mobility', component: aComponent('KR520', '6') }] })
      .expect(201);
    await signAll(id, proposal.body.proposal.contentHash);
    await agreements().post(`/api/agreements/${id}/departure`).set('Authorization', as.student).send({ date: today }).expect(200);

    const transcript = {
      components: [
        { code: 'KR501', credits: { scheme: 'ects', value: '9' }, result: 'passed' },
        { code: 'KR502B', credits: { scheme: 'ects', value: '7.5' }, result: 'passed' },
        { code: 'KR520', credits: { scheme: 'ects', value: '6' }, result: 'passed' },
      ],
    };
    const recorded = await recognition().post(`/api/agreements/${id}/transcripts`).set('Authorization', as.receiving).send(transcript).expect(201);
    expect(recorded.body.recognisedEcts).toBe('22.5');
    // Each service serves its own API only.
    await recognition().get(`/api/agreements/${id}`).set('Authorization', as.student).expect(404);

    const events = await agreements().get(`/api/agreements/${id}/events`).set('Authorization', as.auditor).expect(200);
    const agreementEvents: number = events.body.events.length;
    let trail: request.Response | undefined;
    await waitFor('the audit trail at the projections service', async () => {
      trail = await projections().get(`/api/agreements/${id}/audit`).set('Authorization', as.auditor);
      return trail.status === 200 && trail.body.entries.length === agreementEvents;
    });
    expect(trail!.body.entries.map((entry: { sentence: string }) => entry.sentence)).toEqual(
      expect.arrayContaining(['The student drafted the learning agreement', 'Version 2 in force: amendment 1 signed by the student, the sending and the receiving institutions']),
    );
    const verified = await projections().get(`/api/agreements/${id}/audit/verify`).set('Authorization', as.auditor).expect(200);
    expect(verified.body).toMatchObject({ status: 'intact', events: agreementEvents });

    await waitFor('the cohort report to count the recognised credits', async () => {
      const cohort = await projections().get('/api/reports/cohort?school=insa-lyon.fr&year=2025/2026').set('Authorization', as.auditor);
      return cohort.status === 200 && cohort.body.credits.recognisedEcts === '22.5';
    });

    // Each service reports on itself: commands, the relay's lag, the feed's lag, and its broker.
    const metrics = async (name: 'agreements' | 'projections' | 'relay') => (await request(deployment.url[name]).get('/metrics').expect(200)).text;
    expect(await metrics('agreements')).toMatch(/ml_commands_total\{[^}]*outcome="ok"[^}]*\} [1-9]/);
    expect(await metrics('relay')).toMatch(/ml_relay_lag_events\{[^}]*\} 0/);
    expect(await metrics('projections')).toMatch(/ml_consumer_lag_messages\{[^}]*group="[^"]*projections"[^}]*\} 0/);
    const ready = await projections().get('/health/ready').expect(200);
    expect(JSON.stringify(ready.body)).toContain('kafka');

    const parity = await compareWithRebuild(deployment.databaseUrl);
    expect(parity.deliveries).toBe(parity.eventsInLog);
    expect(parity.live).toEqual(parity.rebuilt);
  }, 120_000);
});
