import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { aContent } from '@app/domain/testing';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { startLedger } from './ledger-app';
import { iiaDocument } from './support/iia-document';
import { as, bearer } from './tokens';

const regulations = (partnershipCheck: boolean) => ({
  minimumWeeksAbroad: { student: 12, apprentice: 9 },
  lowCarbonTravel: { counts: false, maxDays: 0 },
  preparatoryCycleCounts: false,
  partnershipCheck,
});

describe('drafting check: an IIA in effect, or an individual convention, before the receiving signature (LA-PARTNERSHIP)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let store: EventStore;
  const eventCount = async () => (await store.readAll({ maxCount: 1_000_000 })).length;
  const draftSignedByTwo = async (content = aContent()) => {
    const { body } = await http.post('/api/agreements').set('Authorization', as.student).send({ content }).expect(201);
    for (const party of ['student', 'sending'] as const) {
      await http.post(`/api/agreements/${body.mobilityId}/signatures`).set('Authorization', as[party]).send({ contentHash: body.draft.contentHash }).expect(201);
    }
    return { id: body.mobilityId as string, hash: body.draft.contentHash as string, coverage: body.coverage };
  };
  const receivingSigns = (id: string, hash: string) =>
    http.post(`/api/agreements/${id}/signatures`).set('Authorization', as.receiving).send({ contentHash: hash });

  beforeAll(async () => {
    app = await startLedger();
    http = request(app.getHttpServer());
    store = app.get<EventStore>(EVENT_STORE);
  });
  afterAll(() => app.close());

  it('LA-PARTNERSHIP: a school that does not check partnerships drafts and signs as before, unflagged', async () => {
    const { id, hash, coverage } = await draftSignedByTwo();
    expect(coverage).toBeUndefined();
    const { body } = await receivingSigns(id, hash).expect(201);
    expect(body.status).toBe('approved');
  });

  it('LA-PARTNERSHIP: once the school checks partnerships, a draft no IIA covers is accepted, flagged, and the receiving signature refused (422)', async () => {
    await http.put('/api/schools/insa-lyon.fr/regulations').set('Authorization', as.sending).send(regulations(true)).expect(200);
    const { id, hash, coverage } = await draftSignedByTwo();
    expect(coverage).toMatchObject({ status: 'not-covered', ruleId: 'LA-PARTNERSHIP' });
    const before = await eventCount();
    const refused = await receivingSigns(id, hash).expect(422);
    expect(refused.body.ruleId).toBe('LA-PARTNERSHIP');
    expect(await eventCount()).toBe(before);
    const view = await http.get(`/api/agreements/${id}`).set('Authorization', as.receiving).expect(200);
    expect(view.body).toMatchObject({ status: 'signing', coverage: { status: 'not-covered', ruleId: 'LA-PARTNERSHIP' } });
  });

  it('LA-PARTNERSHIP: an individual convention recorded by the sending school lets the receiving institution sign', async () => {
    const { id, hash } = await draftSignedByTwo();
    await http.post(`/api/agreements/${id}/individual-convention`).set('Authorization', as.student).send({ reference: 'CONV-1' }).expect(403);
    await http.post(`/api/agreements/${id}/individual-convention`).set('Authorization', as.sending).send({}).expect(400);
    const recorded = await http.post(`/api/agreements/${id}/individual-convention`).set('Authorization', as.sending).send({ reference: 'CONV-2026-014' }).expect(201);
    expect(recorded.body.coverage).toEqual({ status: 'individual-convention', reference: 'CONV-2026-014' });
    const { body } = await receivingSigns(id, hash).expect(201);
    expect(body).toMatchObject({ status: 'approved', coverage: { status: 'individual-convention', reference: 'CONV-2026-014' } });
  });

  it('LA-PARTNERSHIP: a draft flagged before the IIA was recorded is signed once the IIA is in the register', async () => {
    const { id, hash } = await draftSignedByTwo();
    await http.post('/api/ewp/iias').set('Authorization', as.sending).set('Content-Type', 'application/xml').send(iiaDocument()).expect(200);
    const { body } = await receivingSigns(id, hash).expect(201);
    expect(body).toMatchObject({ status: 'approved', coverage: { status: 'covered', partnershipId: 'insa-lyon.fr+uw.edu.pl', iiaKey: 'insa-lyon.fr:insa-iia-7' } });
  });

  it('LA-PARTNERSHIP: the IIA covers its academic years and subject areas only', async () => {
    const covered = await draftSignedByTwo();
    expect(covered.coverage).toMatchObject({ status: 'covered' });
    const otherSubject = await draftSignedByTwo(aContent({ iscedFCode: '0714' }));
    expect(otherSubject.coverage).toMatchObject({ status: 'not-covered', detail: expect.stringContaining('0714') });
    const laterYear = await draftSignedByTwo(aContent({ receivingAcademicYear: '2030/2031', plannedStart: '2031-02-20', plannedEnd: '2031-06-30' }));
    expect(laterYear.coverage).toMatchObject({ status: 'not-covered' });
    await receivingSigns(laterYear.id, laterYear.hash).expect(422);
  });
});

describe('an EWP import meets the drafting check like an agreement typed in (LA-PARTNERSHIP)', () => {
  let partner: INestApplication;
  let school: INestApplication;
  beforeAll(async () => {
    partner = await startLedger();
    school = await startLedger();
  });
  afterAll(async () => {
    await partner.close();
    await school.close();
  });

  it("LA-PARTNERSHIP, LA-REPORT: a fully signed copy of a mobility no IIA covers is recorded as a flagged draft with the partner's reports; the receiving signature it brings once the others signed is refused whole, and nothing is written", async () => {
    const there = request(partner.getHttpServer());
    const content = aContent({ receivingInstitution: { heiId: 'uw.edu.pl', organisationalUnit: 'Faculty of Mathematics', contactPerson: { name: 'Paweł Kowalski', email: 'pawel@example.com' } } });
    const { body } = await there.post('/api/agreements').set('Authorization', as.student).send({ content }).expect(201);
    for (const party of ['student', 'sending', 'receiving'] as const) {
      await there.post(`/api/agreements/${body.mobilityId}/signatures`).set('Authorization', as[party]).send({ contentHash: body.draft.contentHash }).expect(201);
    }
    const document = await there.get(`/api/agreements/${body.mobilityId}/ewp`).set('Authorization', as.auditor).expect(200);

    const here = request(school.getHttpServer());
    await here.put('/api/schools/insa-lyon.fr/regulations').set('Authorization', as.sending).send(regulations(true)).expect(200);
    const store = school.get<EventStore>(EVENT_STORE);
    const importDocument = () => here.post('/api/ewp/learning-agreements').set('Authorization', as.receiving).set('Content-Type', 'application/xml').send(document.text);
    // The draft, and the student's and the sending signatures as the partner's reports; the receiving one waits for them (LA-ORDER).
    const imported = await importDocument().expect(200);
    expect(imported.body.imported).toEqual([{ omobilityId: body.mobilityId, commands: 3, status: 'draft', versionInForce: null }]);
    const { body: flagged } = await here.get(`/api/agreements/${body.mobilityId}`).set('Authorization', as.receiving).expect(200);
    expect(flagged.coverage).toMatchObject({ status: 'not-covered' });
    // A student known only through EWP acts under their European Student Identifier.
    const studentHere = bearer({ sub: content.student.globalId, role: 'student' });
    for (const token of [studentHere, as.sending]) {
      await here.post(`/api/agreements/${body.mobilityId}/signatures`).set('Authorization', token).send({ contentHash: flagged.draft.contentHash }).expect(201);
    }

    const before = (await store.readAll({ maxCount: 1_000_000 })).length;
    const refused = await importDocument().expect(422);
    expect(refused.text).toContain('LA-PARTNERSHIP');
    expect((await store.readAll({ maxCount: 1_000_000 })).length).toBe(before);
  }, 30_000);
});
