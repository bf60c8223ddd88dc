import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { aComponent, aContent } from '@app/domain/testing';
import { EVENT_STORE, EventStore, sealedStoreOf } from '@app/event-store';
import { SettableClock } from '@app/kernel';
import { MailSender, REACTION_STORE, ReactionRunner, ReactionStore, ReactionTick, Reactions, reactionsOf } from '@app/reactions';
import { ProjectionFeed, ProjectionRunner } from '@app/read-models';
import { startLedger } from './ledger-app';
import { SmtpInbox } from './support/smtp-inbox';
import { as, bearer } from './tokens';

// Stories of several commands, each waiting on a real SMTP server: more than Jest's five seconds on a busy machine.
jest.setTimeout(30_000);

const admin = bearer({ sub: 'root', role: 'admin' });
const PUBLIC_URL = 'https://ledger.example.org';
const content = aContent({ receivingInstitution: { heiId: 'uw.edu.pl', contactPerson: { name: 'Paweł Kowalski', email: 'pawel@uw.edu.pl' } } });
const IVAN = 'ivan@example.com';
const ANDERS = 'anders@example.com';
const PAWEL = 'pawel@uw.edu.pl';

/** Records what the log caused so far and delivers what is due: after it, every message that will come has come. */
async function settle(app: INestApplication): Promise<void> {
  await app.get(ReactionRunner).catchUp();
  await app.get(MailSender).deliverDue();
}

describe('reactions: messages of the signing workflow and recognition over SMTP, exactly once', () => {
  let inbox: SmtpInbox;
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let folder: string;
  const clock = new SettableClock();
  let mobilityId: string;

  beforeAll(async () => {
    inbox = await SmtpInbox.start();
    folder = mkdtempSync(join(tmpdir(), 'reactions-'));
    app = await startLedger(
      { SQLITE_PATH: join(folder, 'ledger.db'), SMTP_URL: inbox.url, PUBLIC_URL, MAIL_POLL_MS: '50', MAIL_RETRY_BASE_MS: '100', REACTIONS_TICK_MS: '3600000', MAIL_SENDER: 'on' },
      { clock },
    );
    http = request(app.getHttpServer());
  });
  afterAll(async () => {
    await app?.close();
    await inbox?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const sign = (party: 'student' | 'sending' | 'receiving', contentHash: string) =>
    http.post(`/api/agreements/${mobilityId}/signatures`).set('Authorization', as[party]).send({ contentHash }).expect(201);

  it('LA-ORDER: each party is asked to sign in turn, in its language, with the link to the agreement; CTI-LA-1: all three learn that version 1 is in force', async () => {
    const drafted = await http.post('/api/agreements').set('Authorization', as.student).send({ content }).expect(201);
    mobilityId = drafted.body.mobilityId;
    const hash = drafted.body.draft.contentHash;
    const [toStudent] = await inbox.waitFor((mail) => mail.to.includes(IVAN));
    expect(toStudent).toMatchObject({ language: 'fr', subject: expect.stringContaining('En attente de votre signature') });
    expect(toStudent.text).toContain(`${PUBLIC_URL}/agreements/${mobilityId}`);

    await sign('student', hash);
    const [toSchool] = await inbox.waitFor((mail) => mail.to.includes(ANDERS));
    expect(toSchool).toMatchObject({ language: 'fr', subject: expect.stringContaining('En attente de votre signature') });
    await sign('sending', hash);
    const [toHost] = await inbox.waitFor((mail) => mail.to.includes(PAWEL));
    expect(toHost).toMatchObject({ language: 'en', subject: expect.stringContaining('Waiting for your signature') });
    expect(toHost.text).toContain(`${PUBLIC_URL}/agreements/${mobilityId}`);

    await sign('receiving', hash);
    await inbox.waitFor((mail) => /Version 1/.test(mail.subject), 3);
    await settle(app);
    expect(inbox.to(IVAN).map((mail) => mail.subject)).toEqual([expect.stringContaining('En attente'), expect.stringContaining('Version 1 en vigueur')]);
    expect(inbox.to(ANDERS).map((mail) => mail.subject)).toEqual([expect.stringContaining('En attente'), expect.stringContaining('Version 1 en vigueur')]);
    expect(inbox.to(PAWEL).map((mail) => mail.subject)).toEqual([expect.stringContaining('Waiting'), expect.stringContaining('Version 1 in force')]);
  });

  it('CTI-LA-3: a rejected amendment goes back to its proposer once, with the comment', async () => {
    const proposed = await http
      .post(`/api/agreements/${mobilityId}/amendments`)
      .set('Authorization', as.student)
      .send({ changes: [{ op: 'insert', table: 'studiedAbroad', reason: 'extending-mobility', component: aComponent('KR520', '6') }] })
      .expect(201);
    await inbox.waitFor((mail) => mail.to.includes(IVAN) && mail.subject.includes("l'avenant 1"));
    await sign('student', proposed.body.proposal.contentHash);
    await http.post(`/api/agreements/${mobilityId}/rejections`).set('Authorization', as.sending).send({ comment: 'KR520 clashes with the project week' }).expect(201);
    const [rejection] = await inbox.waitFor((mail) => mail.to.includes(IVAN) && mail.subject.startsWith('Refusé'));
    expect(rejection.text).toContain('KR520 clashes with the project week');
    expect(rejection.text).toContain(`${PUBLIC_URL}/agreements/${mobilityId}`);
    await settle(app);
    expect(inbox.to(IVAN).filter((mail) => mail.subject.startsWith('Refusé'))).toHaveLength(1);
  });

  it('a party who keeps an amendment waiting more than REMINDER_DAYS (7) is reminded once per wait, on the injected clock', async () => {
    const proposed = await http
      .post(`/api/agreements/${mobilityId}/amendments`)
      .set('Authorization', as.student)
      .send({ changes: [{ op: 'insert', table: 'studiedAbroad', reason: 'extending-mobility', component: aComponent('KR521', '6') }] })
      .expect(201);
    await sign('student', proposed.body.proposal.contentHash);
    await settle(app);
    const tick = app.get(ReactionTick);
    clock.setTo(new Date(Date.now() + 6 * 24 * 3600 * 1000));
    await tick.tick();
    await settle(app);
    expect(inbox.to(ANDERS).filter((mail) => mail.subject.startsWith('Rappel'))).toHaveLength(0);

    clock.setTo(new Date(Date.now() + 8 * 24 * 3600 * 1000));
    await tick.tick();
    await tick.tick();
    await settle(app);
    const reminders = inbox.to(ANDERS).filter((mail) => mail.subject.startsWith('Rappel'));
    expect(reminders).toHaveLength(1);
    expect(reminders[0].subject).toContain("l'avenant 2");
    expect(reminders[0].text).toMatch(/depuis [78] jours/);
    // The student signed their turn and the rejected proposal's wait is over: no one else is reminded.
    expect(inbox.received.filter((mail) => mail.subject.startsWith('Rappel') || mail.subject.startsWith('Reminder'))).toHaveLength(1);
    await sign('sending', proposed.body.proposal.contentHash);
    await sign('receiving', proposed.body.proposal.contentHash);
  });

  it('CTI-REC-1: the student learns that the recognition was decided, with the link to the recognition page', async () => {
    await http
      .post(`/api/agreements/${mobilityId}/transcripts`)
      .set('Authorization', as.receiving)
      .send({ components: [{ code: 'KR501', credits: { scheme: 'ects', value: '9' }, localGrade: '4.5', result: 'passed' }] })
      .expect(201);
    const [decided] = await inbox.waitFor((mail) => mail.to.includes(IVAN) && mail.subject.startsWith('Reconnaissance décidée'));
    expect(decided.text).toContain(`${PUBLIC_URL}/agreements/${mobilityId}/recognition`);
  });

  it('CTI-MOB-9: the school words its survey; back home, the student is invited, reminded once, answers its questions once, and the cohort figures count it per partner, in JSON and CSV', async () => {
    const welcome = { id: 'welcome', kind: 'rating', wording: { fr: 'L’accueil sur place', en: 'The welcome on site' }, required: true, moments: ['after-return'] };
    const questions = [
      { id: 'preparation', kind: 'rating', wording: { fr: 'Préparation avant le départ', en: 'Preparation before departure' }, required: true, moments: ['mid-stay', 'after-return'] },
      welcome,
      { id: 'comments', kind: 'text', wording: { fr: 'Commentaires', en: 'Comments' }, required: false, moments: ['after-return'] },
    ];
    // SCHOOL-STAFF: the school's own staff word it; SURVEY-QUESTION-WORDING: in both languages, the field named.
    await http.put('/api/schools/insa-lyon.fr/survey-questions').set('Authorization', as.receiving).send({ questions }).expect(403);
    const unworded = await http.put('/api/schools/insa-lyon.fr/survey-questions').set('Authorization', as.sending).send({ questions: [{ ...welcome, wording: { fr: '', en: 'The welcome' } }] }).expect(400);
    expect([unworded.body.ruleId, unworded.body.message]).toEqual(['SURVEY-QUESTION-WORDING', 'SURVEY-QUESTION-WORDING: questions.0.wording.fr: the French wording is empty']);
    const set = await http.put('/api/schools/insa-lyon.fr/survey-questions').set('Authorization', as.sending).send({ questions }).expect(200);
    expect(set.body.surveyQuestions).toEqual({ version: 1, questions });

    const today = clock.now().toISOString().slice(0, 10);
    await http.post(`/api/agreements/${mobilityId}/departure`).set('Authorization', as.student).send({ date: today }).expect(200);
    const back = await http.post(`/api/agreements/${mobilityId}/return`).set('Authorization', as.student).send({ date: today });
    expect([back.status, back.body.message]).toEqual([200, undefined]);
    const [invitation] = await inbox.waitFor((mail) => mail.to.includes(IVAN) && mail.subject.includes('questionnaire'));
    expect(invitation.language).toBe('fr');
    expect(invitation.text).toContain(`${PUBLIC_URL}/survey/${mobilityId}?moment=after-return`);

    const tick = app.get(ReactionTick);
    clock.setTo(new Date(clock.now().getTime() + 8 * 24 * 3600 * 1000));
    await tick.tick();
    await tick.tick();
    await settle(app);
    expect(inbox.to(IVAN).filter((mail) => mail.subject.startsWith('Rappel : le questionnaire'))).toHaveLength(1);

    // The invitation's page reads the school's questions of the moment; the student's own only.
    const formPath = `/api/students/acc-ivan/surveys/${mobilityId}?moment=after-return`;
    await http.get(formPath).set('Authorization', as.sending).expect(403);
    const form = await http.get(formPath).set('Authorization', as.student).expect(200);
    expect(form.body).toEqual({ mobilityId, moment: 'after-return', school: 'insa-lyon.fr', questionSetVersion: 1, questions, answered: false });

    const answers = [
      { questionId: 'preparation', value: 4 },
      { questionId: 'welcome', value: 5 },
      { questionId: 'comments', value: 'Sign the agreement earlier next time.\nThe host was great.' },
    ];
    const answer = { mobilityId, moment: 'after-return', answers };
    const post = (body: object, by = as.student) => http.post('/api/students/acc-ivan/surveys').set('Authorization', by).send(body);
    await post(answer, as.sending).expect(403);
    const outOfScale = await post({ ...answer, answers: [answers[0], { questionId: 'welcome', value: 7 }] }).expect(400);
    expect([outOfScale.body.ruleId, outOfScale.body.message]).toEqual(['SURVEY-RATING', 'SURVEY-RATING: answers.welcome: a rating is a whole number from 1 to 5']);
    const notAsked = await post({ ...answer, answers: [...answers, { questionId: 'stay', value: 3 }] }).expect(400);
    expect([notAsked.body.ruleId, notAsked.body.message]).toEqual(['SURVEY-QUESTION', 'SURVEY-QUESTION: answers.stay: the school asks no such question after the return']);
    const missing = await post({ ...answer, answers: [answers[0]] }).set('Accept-Language', 'fr').expect(400);
    expect([missing.body.ruleId, missing.body.message]).toEqual(['SURVEY-REQUIRED', 'SURVEY-REQUIRED: answers.welcome : cette question demande une réponse']);
    await post(answer).expect(201);
    const again = await post(answer).expect(409);
    expect(again.body.ruleId).toBe('SURVEY-ONCE');
    expect((await http.get(formPath).set('Authorization', as.student).expect(200)).body.answered).toBe(true);

    const year = content.receivingAcademicYear;
    const figures = await http.get(`/api/reports/surveys?school=insa-lyon.fr&year=${year}`).set('Authorization', as.sending).expect(200);
    const returned = { invited: 1, answered: 1, responseRate: '1.0000', satisfaction: { preparation: '4.00', welcome: '5.00' } };
    expect(figures.body.questions).toEqual([{ id: 'preparation', wording: questions[0].wording }, { id: 'welcome', wording: welcome.wording }]);
    expect(figures.body.total['after-return']).toEqual(returned);
    expect(figures.body.byPartner).toEqual([{ partner: 'uw.edu.pl', 'after-return': returned, 'mid-stay': expect.objectContaining({ answered: 0 }) }]);

    const cohort = await http.get(`/api/reports/cohort?school=insa-lyon.fr&year=${year}`).set('Authorization', as.sending).expect(200);
    expect(cohort.body.surveys).toEqual({ 'after-return': returned, 'mid-stay': expect.objectContaining({ answered: 0 }), byPartner: { 'uw.edu.pl': { 'after-return': returned, 'mid-stay': expect.any(Object) } } });
    const csv = await http.get(`/api/reports/cohort?school=insa-lyon.fr&year=${year}&format=csv`).set('Authorization', as.sending).expect(200);
    const lines = csv.text.split('\r\n').map((line) => line.split(',').slice(0, 3).join(','));
    expect(lines).toEqual(
      expect.arrayContaining([
        'survey_after_return_invited,CTI-MOB-9,1',
        'survey_after_return_response_rate,CTI-MOB-9,1.0000',
        'survey_after_return_satisfaction: welcome,CTI-MOB-9,5.00',
        'survey_after_return_satisfaction: uw.edu.pl preparation,CTI-MOB-9,4.00',
      ]),
    );
    // Free text is personal data: never in the figures.
    expect(`${JSON.stringify(figures.body)}${JSON.stringify(cohort.body)}${csv.text}`).not.toMatch(/Sign the agreement|comments/);

    // No reminder to one who answered: surveyReminder's unit test, where the answer comes before the reminder is due.
  });

  it('a rebuild of the projections and a replay of the whole log (as a broker redelivers it) send nothing', async () => {
    await settle(app);
    const before = inbox.received.length;
    await (app.get(ProjectionFeed) as ProjectionRunner).rebuild([]);
    const store = app.get<ReactionStore>(REACTION_STORE);
    const log = sealedStoreOf(app.get<EventStore>(EVENT_STORE));
    const events = await log.readAll({});
    for (const reaction of reactionsOf({ reminderDays: 7 } as Parameters<typeof reactionsOf>[0])) {
      const ofEvent = new Map<string, Reactions>();
      for (const event of events.filter((e) => reaction.canHandle(e))) ofEvent.set(event.id, reaction.react(event, await reaction.contextOf(event, log)));
      // The replay is a real one: the mail reactions make their items again, and the keys refuse them.
      if (reaction.name !== 'erasure') expect([...ofEvent.values()].flatMap((r) => r.work).length).toBeGreaterThan(0);
      const replayed = await store.recordDelivered(`replay-${reaction.name}`, events, [{ reaction: reaction.name, reactionsOf: (event) => ofEvent.get(event.id) ?? { work: [], due: [] } }]);
      expect(replayed).toEqual({ delivered: events.length, recorded: 0 });
    }
    await settle(app);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(inbox.received.length).toBe(before);
  });

  it('a message the server refuses is retried with backoff and delivered once; the admin sees every message and its attempts', async () => {
    inbox.refuseNext = 1;
    const drafted = await http.post('/api/agreements').set('Authorization', as.student).send({ content }).expect(201);
    const [delivered] = await inbox.waitFor((mail) => mail.to.includes(IVAN) && mail.text.includes(drafted.body.mobilityId));
    expect(delivered).toBeDefined();
    await settle(app);
    expect(inbox.received.filter((mail) => mail.text.includes(drafted.body.mobilityId))).toHaveLength(1);

    const list = await http.get('/api/admin/messages').set('Authorization', admin).expect(200);
    expect(list.body.transport).toBe('smtp');
    const retried = list.body.messages.find((m: { key: string }) => m.key.startsWith(`turn-to-sign:agreement-${drafted.body.mobilityId}@`));
    expect(retried).toMatchObject({ reason: 'turn-to-sign', recipientId: 'student:acc-ivan', address: IVAN, language: 'fr', status: 'sent', attempts: 2 });
    expect(list.body.messages.every((m: { status: string }) => m.status === 'sent')).toBe(true);
    expect(list.body.messages.length).toBe(inbox.received.length);
    const refused = await http.get('/api/admin/messages').set('Authorization', as.sending).expect(403);
    expect(refused.body.ruleId).toBe('ADMIN-ONLY');
  });
});

describe('reactions: a ledger stopped between recording a message and sending it delivers it once after restart', () => {
  it('records while the sender is off, and the restarted ledger sends each recorded message exactly once', async () => {
    const inbox = await SmtpInbox.start();
    const folder = mkdtempSync(join(tmpdir(), 'reactions-restart-'));
    const env = { SQLITE_PATH: join(folder, 'ledger.db'), SMTP_URL: inbox.url, PUBLIC_URL, MAIL_POLL_MS: '50', REACTIONS_TICK_MS: '3600000' };
    try {
      const recording = await startLedger({ ...env, MAIL_SENDER: 'off' });
      const drafted = await request(recording.getHttpServer()).post('/api/agreements').set('Authorization', as.student).send({ content }).expect(201);
      await recording.get(ReactionRunner).catchUp();
      const queued = await request(recording.getHttpServer()).get('/api/admin/messages').set('Authorization', admin).expect(200);
      expect(queued.body.messages.map((m: { status: string; reason: string }) => [m.reason, m.status])).toEqual([['turn-to-sign', 'queued']]);
      await recording.close();
      expect(inbox.received).toHaveLength(0);

      const restarted = await startLedger({ ...env, MAIL_SENDER: 'on' });
      await inbox.waitFor((mail) => mail.to.includes(IVAN));
      await settle(restarted);
      await restarted.close();
      const again = await startLedger({ ...env, MAIL_SENDER: 'on' });
      await settle(again);
      await again.close();
      expect(inbox.received.map((mail) => mail.to)).toEqual([IVAN]);
      expect(inbox.received[0].text).toContain(drafted.body.mobilityId);
    } finally {
      await inbox.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('reactions: without SMTP_URL, messages are .eml files in DATA_DIR/outbox, and an erasure removes the student\'s', () => {
  it('writes each message to the outbox, lists it for the admin, and deletes the student\'s files and records when their data is erased', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'reactions-outbox-'));
    const outbox = join(folder, 'outbox');
    const app = await startLedger({ SQLITE_PATH: join(folder, 'ledger.db'), DATA_DIR: folder, SMTP_URL: '', MAIL_SENDER: 'on', MAIL_POLL_MS: '50', REACTIONS_TICK_MS: '3600000' });
    const http = request(app.getHttpServer());
    try {
      const drafted = await http.post('/api/agreements').set('Authorization', as.student).send({ content }).expect(201);
      await http.post(`/api/agreements/${drafted.body.mobilityId}/signatures`).set('Authorization', as.student).send({ contentHash: drafted.body.draft.contentHash }).expect(201);
      await settle(app);
      const files = readdirSync(outbox).filter((name) => name.endsWith('.eml'));
      expect(files).toHaveLength(2);
      const texts = files.map((name) => readFileSync(join(outbox, name), 'utf8'));
      expect(texts.some((text) => text.includes(`To: ${IVAN}`))).toBe(true);
      expect(texts.some((text) => text.includes(`To: ${ANDERS}`))).toBe(true);
      const listed = await http.get('/api/admin/messages').set('Authorization', admin).expect(200);
      expect(listed.body).toMatchObject({ transport: 'outbox', outbox });
      expect(listed.body.messages.map((m: { outboxFile: string }) => m.outboxFile).sort()).toEqual([...files].sort());

      await http.post('/api/students/acc-ivan/erasure').set('Authorization', admin).expect(200);
      await settle(app);
      const left = readdirSync(outbox).filter((name) => name.endsWith('.eml'));
      expect(left).toHaveLength(1);
      expect(readFileSync(join(outbox, left[0]), 'utf8')).not.toContain(IVAN);
      const after = await http.get('/api/admin/messages').set('Authorization', admin).expect(200);
      expect(after.body.messages.map((m: { recipientId: string }) => m.recipientId)).toEqual(['sending:insa-lyon.fr']);
    } finally {
      await app.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('reactions: a coordinator on MAIL_DIGEST_TO gets one digest a day instead of each message', () => {
  it('holds the day\'s messages to the coordinator and sends them as one digest the next day, once', async () => {
    const inbox = await SmtpInbox.start();
    const clock = new SettableClock();
    // Midday: the day the messages are held never ends during the test, whenever it runs.
    clock.setTo(new Date('2026-12-07T12:00:00.000Z'));
    const app = await startLedger(
      { SQLITE_PATH: ':memory:', SMTP_URL: inbox.url, PUBLIC_URL, MAIL_DIGEST_TO: ANDERS, MAIL_SENDER: 'on', MAIL_POLL_MS: '50', REACTIONS_TICK_MS: '3600000' },
      { clock },
    );
    const http = request(app.getHttpServer());
    try {
      for (const year of ['2025/2026', '2026/2027']) {
        const drafted = await http.post('/api/agreements').set('Authorization', as.student).send({ content: { ...content, receivingAcademicYear: year } }).expect(201);
        await http.post(`/api/agreements/${drafted.body.mobilityId}/signatures`).set('Authorization', as.student).send({ contentHash: drafted.body.draft.contentHash }).expect(201);
      }
      await settle(app);
      expect(inbox.to(ANDERS)).toHaveLength(0);
      const held = await http.get('/api/admin/messages').set('Authorization', admin).expect(200);
      expect(held.body.messages.filter((m: { status: string }) => m.status === 'held')).toHaveLength(2);

      const tick = app.get(ReactionTick);
      await tick.tick();
      await settle(app);
      expect(inbox.to(ANDERS)).toHaveLength(0);
      clock.setTo(new Date('2026-12-08T08:00:00.000Z'));
      await tick.tick();
      await tick.tick();
      await settle(app);
      const digests = inbox.to(ANDERS);
      expect(digests).toHaveLength(1);
      expect(digests[0].subject).toContain('2 messages du jour');
      expect(digests[0].text).toContain('2025/2026');
      expect(digests[0].text).toContain('2026/2027');
    } finally {
      await app.close();
      await inbox.close();
    }
  });
});
