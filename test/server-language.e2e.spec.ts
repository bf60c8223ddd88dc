import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { aComponent, aContent } from '@app/domain/testing';
import { startLedger } from './ledger-app';
import { as } from './tokens';

const NOBODY = '00000000-0000-4000-8000-000000000000';
const STALE = 'f'.repeat(64);

/** The server's sentences follow Accept-Language (French or English, English by default); the rule ids do not change. */
describe('server sentences in the reader’s language', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let mobilityId: string;
  beforeAll(async () => {
    app = await startLedger();
    http = request(app.getHttpServer());
    const drafted = await http.post('/api/agreements').set('Authorization', as.student).send({ content: aContent() }).expect(201);
    mobilityId = drafted.body.mobilityId;
  });
  afterAll(() => app.close());

  const inFrench = (test: request.Test) => test.set('Accept-Language', 'fr-FR,fr;q=0.9,en;q=0.8');

  it('says the 409 of a stale content hash in French or English (CTI-LA-4)', async () => {
    const sign = () => http.post(`/api/agreements/${mobilityId}/signatures`).set('Authorization', as.student).send({ contentHash: STALE });
    const french = await inFrench(sign()).expect(409);
    expect(french.body).toMatchObject({ ruleId: 'CTI-LA-4', message: expect.stringMatching(/^CTI-LA-4: la signature porte sur l’empreinte f+ mais la version actuelle est [0-9a-f]{64}$/) });
    const english = await sign().expect(409);
    expect(english.body).toMatchObject({ ruleId: 'CTI-LA-4', message: expect.stringMatching(/^CTI-LA-4: signature names content hash f+ but the current version is /) });
  });

  it('says the 422 of an amendment to a draft in French (CTI-LA-3)', async () => {
    const propose = () =>
      http
        .post(`/api/agreements/${mobilityId}/amendments`)
        .set('Authorization', as.student)
        .send({ changes: [{ op: 'delete', table: 'studiedAbroad', code: 'KR501', reason: 'not-available' }] });
    expect((await inFrench(propose()).expect(422)).body).toMatchObject({
      ruleId: 'CTI-LA-3',
      message: 'CTI-LA-3: seul un contrat approuvé se modifie par avenant ; modifiez le brouillon',
    });
    expect((await propose().set('Accept-Language', 'de').expect(422)).body.message).toBe('CTI-LA-3: only an approved agreement is amended; edit the draft instead');
  });

  it('says the 404 of an unknown agreement and the 403 of an auditor who signs (LA-PARTY) in French or English', async () => {
    const missing = await inFrench(http.get(`/api/agreements/${NOBODY}`).set('Authorization', as.sending)).expect(404);
    expect(missing.body.message).toBe(`aucun contrat d’études ${NOBODY}`);
    expect((await http.get(`/api/agreements/${NOBODY}`).set('Authorization', as.sending).expect(404)).body.message).toBe(`no learning agreement ${NOBODY}`);

    const auditor = await inFrench(http.post(`/api/agreements/${mobilityId}/signatures`).set('Authorization', as.auditor).send({ contentHash: STALE })).expect(403);
    expect(auditor.body).toMatchObject({ ruleId: 'LA-PARTY', message: 'LA-PARTY: auditor cti-expert n’a pas le droit de faire agreement.sign' });
  });

  it('says the agreement’s EWP warnings in French, on reading it and in a command’s answer (EWP-LA-CONTACT)', async () => {
    const french = await inFrench(http.get(`/api/agreements/${mobilityId}`).set('Authorization', as.student)).expect(200);
    expect(french.body.warnings).toContainEqual({
      ruleId: 'EWP-LA-CONTACT',
      field: 'receivingInstitution.contactPerson',
      detail: expect.stringMatching(/^Nommez une personne de contact à l’établissement d’accueil \(uw\.edu\.pl\)/),
    });
    const english = await http.get(`/api/agreements/${mobilityId}`).set('Authorization', as.student).expect(200);
    expect(english.body.warnings).toContainEqual(expect.objectContaining({ ruleId: 'EWP-LA-CONTACT', detail: expect.stringMatching(/^Name a contact person at the receiving institution/) }));
    const signed = await inFrench(
      http.post(`/api/agreements/${mobilityId}/signatures`).set('Authorization', as.student).send({ contentHash: english.body.draft.contentHash }),
    ).expect(201);
    expect(signed.body.warnings).toContainEqual(expect.objectContaining({ ruleId: 'EWP-LA-CONTACT', detail: expect.stringMatching(/^Nommez une personne de contact/) }));
  });

  it('explains the mobility status in French or English (CTI-MOB-1, CTI-LA-1)', async () => {
    await http
      .put('/api/students/acc-ivan/profile')
      .set('Authorization', as.sending)
      .send({
        nationality: 'FR',
        secondaryDiplomaCountry: 'FR',
        secondaryDiploma: 'french-baccalaureate',
        cameToFranceToStudy: false,
        track: 'student',
        schoolId: 'insa-lyon.fr',
        expectedGraduationYear: new Date().getUTCFullYear() + 1,
      })
      .expect(200);
    const status = () => http.get('/api/students/acc-ivan/mobility-status').set('Authorization', as.sending);
    const french = (await inFrench(status()).expect(200)).body;
    expect(french).toMatchObject({ ruleId: 'CTI-MOB-1', explanation: 'aucun séjour qui compte n’est accompli, en cours ou prévu' });
    expect(french.stays).toContainEqual(expect.objectContaining({ ruleId: 'CTI-LA-1', reason: 'le contrat d’études n’est pas encore approuvé par les trois parties' }));
    const english = (await status().expect(200)).body;
    expect(english).toMatchObject({ ruleId: 'CTI-MOB-1', explanation: 'no stay that counts is completed, underway or planned' });
    expect(english.stays).toContainEqual(expect.objectContaining({ ruleId: 'CTI-LA-1', reason: 'the learning agreement is not approved by all three parties yet' }));
  });

  it('says the 422 of a signature out of turn (LA-ORDER) and the 400 of a derogation without reason (STUDENT-DEROGATION) in French', async () => {
    // The student signed above: the sending school signs next, not the host.
    const { body: agreement } = await http.get(`/api/agreements/${mobilityId}`).set('Authorization', as.receiving).expect(200);
    const outOfTurn = await inFrench(
      http.post(`/api/agreements/${mobilityId}/signatures`).set('Authorization', as.receiving).send({ contentHash: agreement.draft.contentHash }),
    ).expect(422);
    expect(outOfTurn.body).toMatchObject({ ruleId: 'LA-ORDER', message: 'LA-ORDER: l’établissement d’origine signe le brouillon avant l’établissement d’accueil' });

    const derogation = () => http.post('/api/students/acc-ivan/derogations').set('Authorization', as.sending).send({ reason: '   ', decidedBy: 'jury des études' });
    expect((await inFrench(derogation()).expect(400)).body).toMatchObject({
      ruleId: 'STUDENT-DEROGATION',
      message: 'STUDENT-DEROGATION: une dérogation demande un motif et qui l’a décidée',
    });
    expect((await derogation().expect(400)).body.message).toBe('STUDENT-DEROGATION: a derogation needs a reason and who decided it');
  });

  it('says the 400 of a departure yet to come in French, the date beside its field (LA-STAY)', async () => {
    const departure = () => http.post(`/api/agreements/${mobilityId}/departure`).set('Authorization', as.student).send({ date: '2999-01-04' });
    const french = (await inFrench(departure()).expect(400)).body;
    expect(french).toMatchObject({
      ruleId: 'LA-STAY',
      message: expect.stringMatching(/^LA-STAY: le départ du 2999-01-04 n’a pas encore eu lieu \(nous sommes le \d{4}-\d{2}-\d{2}\)$/),
      errors: [{ field: 'date', constraints: { 'LA-STAY': expect.stringMatching(/^LA-STAY: le départ du 2999-01-04 n’a pas encore eu lieu/) } }],
    });
    expect((await departure().expect(400)).body.message).toMatch(/^LA-STAY: departure on 2999-01-04 has not happened yet \(today is /);
  });

  it('says the 400s of a partner in French, beside the field of the form (PARTNERSHIP-CONTENT)', async () => {
    const record = (partner: object) => http.post('/api/schools/insa-lyon.fr/partners').set('Authorization', as.sending).send(partner);
    const notSchac = (await inFrench(record({ kind: 'institution', id: 'uw_edu' })).expect(400)).body;
    expect(notSchac).toMatchObject({
      ruleId: 'PARTNERSHIP-CONTENT',
      message: 'PARTNERSHIP-CONTENT: uw_edu n’est pas un code SCHAC',
      errors: [{ field: 'id', constraints: { 'PARTNERSHIP-CONTENT': 'PARTNERSHIP-CONTENT: uw_edu n’est pas un code SCHAC' } }],
    });
    expect((await inFrench(record({ kind: 'institution', id: 'insa-lyon.fr' })).expect(400)).body.message).toBe('PARTNERSHIP-CONTENT: une école n’est pas sa propre partenaire');
    expect((await record({ kind: 'institution', id: 'insa-lyon.fr' }).expect(400)).body.message).toBe('PARTNERSHIP-CONTENT: a school is not its own partner');
  });

  it('says the 400 of a correction without reason in French, beside its field (REC-TRANSCRIPT)', async () => {
    const drafted = await http.post('/api/agreements').set('Authorization', as.student).send({ content: aContent() }).expect(201);
    const id = drafted.body.mobilityId;
    for (const party of ['student', 'sending', 'receiving'] as const) {
      await http.post(`/api/agreements/${id}/signatures`).set('Authorization', as[party]).send({ contentHash: drafted.body.draft.contentHash }).expect(201);
    }
    await http.post(`/api/agreements/${id}/departure`).set('Authorization', as.student).send({ date: new Date().toISOString().slice(0, 10) }).expect(200);
    const transcript = { components: [{ code: 'KR501', credits: { scheme: 'ects', value: '9' }, result: 'passed' }, { code: 'KR502B', credits: { scheme: 'ects', value: '7.5' }, result: 'passed' }] };
    const record = () => http.post(`/api/agreements/${id}/transcripts`).set('Authorization', as.receiving).send(transcript);
    await record().expect(201);
    expect((await inFrench(record()).expect(400)).body).toMatchObject({
      ruleId: 'REC-TRANSCRIPT',
      message: 'REC-TRANSCRIPT: le motif de la correction est vide',
      errors: [{ field: 'correctionReason', constraints: { 'REC-TRANSCRIPT': 'REC-TRANSCRIPT: le motif de la correction est vide' } }],
    });
    expect((await record().expect(400)).body.message).toBe('REC-TRANSCRIPT: the reason for the correction is empty');
  });

  it('says each field of a 400 in French, the DTO’s own sentences included, and keeps English as it was (HTTP-CONTROL-CHARACTERS)', async () => {
    const content = { ...aContent(), plannedStart: '2026-02-30T10:00', eqfLevel: 9, nickname: 'Iv' };
    const draft = () => http.post('/api/agreements').set('Authorization', as.student).send({ content });
    const french = (await inFrench(draft()).expect(400)).body;
    expect(french.errors).toEqual(
      expect.arrayContaining([
        { field: 'content.nickname', constraints: { whitelistValidation: 'la propriété nickname ne doit pas exister' } },
        { field: 'content.eqfLevel', constraints: { isIn: 'eqfLevel doit être l’une des valeurs suivantes : 6, 7, 8' } },
        {
          field: 'content.plannedStart',
          constraints: { isIso8601: 'plannedStart doit être une date ISO 8601 valide', matches: 'plannedStart doit suivre l’expression régulière /^\\d{4}-\\d{2}-\\d{2}$/' },
        },
      ]),
    );
    expect(french.message).toMatch(/content\.eqfLevel: eqfLevel doit être l’une des valeurs suivantes : 6, 7, 8/);
    const english = (await draft().expect(400)).body;
    expect(english.errors).toEqual(
      expect.arrayContaining([
        { field: 'content.nickname', constraints: { whitelistValidation: 'property nickname should not exist' } },
        { field: 'content.eqfLevel', constraints: { isIn: 'eqfLevel must be one of the following values: 6, 7, 8' } },
        {
          field: 'content.plannedStart',
          constraints: { isIso8601: 'plannedStart must be a valid ISO 8601 date string', matches: 'plannedStart must match /^\\d{4}-\\d{2}-\\d{2}$/ regular expression' },
        },
      ]),
    );

    // The DTO's own sentence, in French beside its English.
    const sign = () => http.post(`/api/agreements/${mobilityId}/signatures`).set('Authorization', as.student).send({ contentHash: 'abc' });
    expect((await inFrench(sign()).expect(400)).body.errors).toEqual([
      { field: 'contentHash', constraints: { matches: 'contentHash doit être le SHA-256 de 64 chiffres hexadécimaux que montre le contrat' } },
    ]);
    expect((await sign().expect(400)).body.errors).toEqual([{ field: 'contentHash', constraints: { matches: 'contentHash must be the 64-hex-digit SHA-256 the agreement shows' } }]);

    const controls = await inFrench(http.post('/api/agreements').set('Authorization', as.student).send({ content: aContent({ studiedAbroad: [aComponent('KR501', '6', { title: 'Intro\u0000' })] }) })).expect(400);
    expect(controls.body).toMatchObject({
      ruleId: 'HTTP-CONTROL-CHARACTERS',
      errors: [{ field: 'content.studiedAbroad.0.title', constraints: { noControlCharacters: expect.stringMatching(/^title ne doit contenir aucun caractère de contrôle/) } }],
    });
  });

  it('names the fields of a 422 about some lines of the agreement, each in the reader’s language, and keeps the English message (LA-CREDITS, LA-CONTENT)', async () => {
    const content = aContent({ studiedAbroad: [aComponent('KR501', '6'), aComponent('KR611', '0')] });
    const draft = (body: object) => http.post('/api/agreements').set('Authorization', as.student).send({ content: body });
    const french = (await inFrench(draft(content)).expect(422)).body;
    expect(french).toMatchObject({
      ruleId: 'LA-CREDITS',
      message: 'LA-CREDITS: studiedAbroad[1] (KR611) : 0 ects n’est pas supérieur à zéro : corrigez les crédits pour qu’ils disent ce que vaut la composante',
      errors: [
        {
          field: 'content.studiedAbroad.1.credits',
          constraints: { 'LA-CREDITS': 'LA-CREDITS: studiedAbroad[1] (KR611) : 0 ects n’est pas supérieur à zéro : corrigez les crédits pour qu’ils disent ce que vaut la composante' },
        },
      ],
    });
    const english = (await draft(content).expect(422)).body;
    expect(english.message).toBe('LA-CREDITS: studiedAbroad[1] (KR611): 0 ects is not above zero: correct the credits to what the component is worth');
    expect(english.errors).toEqual([
      { field: 'content.studiedAbroad.1.credits', constraints: { 'LA-CREDITS': 'LA-CREDITS: studiedAbroad[1] (KR611): 0 ects is not above zero: correct the credits to what the component is worth' } },
    ]);

    const backwards = (await inFrench(draft(aContent({ plannedStart: '2026-09-01', plannedEnd: '2026-08-01' }))).expect(400)).body;
    expect(backwards).toMatchObject({
      ruleId: 'LA-CONTENT',
      message: 'LA-CONTENT: contenu du contrat mal formé : plannedEnd 2026-08-01 précède plannedStart 2026-09-01',
      errors: [{ field: 'content.plannedEnd', constraints: { 'LA-CONTENT': 'LA-CONTENT: plannedEnd 2026-08-01 précède plannedStart 2026-09-01' } }],
    });
  });

  it('says the school’s and a student’s refusals in French beside their fields, and a report’s refusal (CTI-MOB-5, STUDENT-STAY, REPORT-YEAR)', async () => {
    const regulations = { minimumWeeksAbroad: { student: 12, apprentice: 8 }, lowCarbonTravel: { counts: false, maxDays: 0 }, preparatoryCycleCounts: false };
    const configure = () => http.put('/api/schools/insa-lyon.fr/regulations').set('Authorization', as.sending).send(regulations);
    const french = 'CTI-MOB-5: les apprentis passent au moins 9 semaines à l’étranger ; 8 est en dessous';
    expect((await inFrench(configure()).expect(422)).body).toMatchObject({
      ruleId: 'CTI-MOB-5',
      message: french,
      errors: [{ field: 'minimumWeeksAbroad.apprentice', constraints: { 'CTI-MOB-5': french } }],
    });
    expect((await configure().expect(422)).body.message).toBe('CTI-MOB-5: apprentices spend at least 9 weeks abroad; 8 is below it');

    const stay = { stayId: 'berlin', kind: 'research', country: 'DE', plannedStart: '2026-06-01', plannedEnd: '2026-05-01' };
    const declare = () => http.post('/api/students/acc-ivan/stays').set('Authorization', as.student).send(stay);
    expect((await inFrench(declare()).expect(400)).body).toMatchObject({
      ruleId: 'STUDENT-STAY',
      message: 'STUDENT-STAY: séjour mal formé : plannedEnd précède plannedStart',
      errors: [{ field: 'plannedEnd', constraints: { 'STUDENT-STAY': 'STUDENT-STAY: plannedEnd précède plannedStart' } }],
    });
    expect((await declare().expect(400)).body.message).toBe('STUDENT-STAY: malformed stay: plannedEnd is before plannedStart');

    const year = await inFrench(http.get('/api/reports/cohort?school=insa-lyon.fr&year=2025/2027').set('Authorization', as.sending)).expect(400);
    expect(year.body).toMatchObject({ ruleId: 'REPORT-YEAR', message: 'REPORT-YEAR: l’année universitaire 2025/2027 doit couvrir deux années consécutives' });
  });

  it('defines the cohort report’s figures in French, in the JSON and in the CSV, and in English by default (CTI-MOB-1)', async () => {
    const report = () => http.get('/api/reports/cohort?school=insa-lyon.fr&year=2025/2026').set('Authorization', as.sending);
    const french = (await inFrench(report()).expect(200)).body.definitions;
    expect(french['students.mobilityRate']).toMatchObject({
      ruleId: 'CTI-MOB-1',
      numerator: 'students.byStatus.fulfilled',
      denominator: 'students.nonExempt',
      definition: expect.stringMatching(/^students\.byStatus\.fulfilled \/ students\.nonExempt, arrondi au plus proche \(demi vers le haut\) à 4 décimales ; vide quand/),
    });
    expect(french['credits.agreementsWithTranscript'].definition).toBe('Contrats sortants dont un relevé de notes est enregistré.');
    const english = (await report().expect(200)).body.definitions;
    expect(english['credits.agreementsWithTranscript'].definition).toBe('Outgoing agreements with a transcript of records recorded.');

    const csv = await inFrench(report().query({ format: 'csv' })).expect(200);
    // The count is whatever the tests above recorded: the definition is what this test reads.
    expect(csv.text).toMatch(/\r\nagreements_with_transcript,CTI-REC-1,\d+,Contrats sortants dont un relevé de notes est enregistré\.\r\n/);
  });
  const approvedAgreement = async () => {
    const drafted = await http.post('/api/agreements').set('Authorization', as.student).send({ content: aContent() }).expect(201);
    for (const party of ['student', 'sending', 'receiving'] as const) {
      await http.post(`/api/agreements/${drafted.body.mobilityId}/signatures`).set('Authorization', as[party]).send({ contentHash: drafted.body.draft.contentHash }).expect(201);
    }
    return drafted.body.mobilityId as string;
  };

  it('says a coordinator’s EWP refusals in French: the user message of an import, the gaps of an export (EWP-XML-DOCTYPE, EWP-LA-CONTACT)', async () => {
    const upload = () => http.post('/api/ewp/learning-agreements').set('Authorization', as.sending).set('Content-Type', 'application/xml').send('<!DOCTYPE x><x/>');
    const french = await inFrench(upload()).expect(400);
    expect(french.text).toContain('<user-message>EWP-XML-DOCTYPE: le document déclare un DOCTYPE ; les documents EWP n’en ont pas, envoyez-le sans</user-message>');
    // The developer message stays English: it is for developers, whatever the reader's language.
    expect(french.text).toContain('<developer-message>EWP-XML-DOCTYPE: the document declares a DOCTYPE; EWP documents have none, send it without</developer-message>');
    expect((await upload().expect(400)).text).toContain('<user-message>EWP-XML-DOCTYPE: the document declares a DOCTYPE; EWP documents have none, send it without</user-message>');

    const id = await approvedAgreement();
    const exported = await inFrench(http.get(`/api/agreements/${id}/ewp`).set('Authorization', as.sending)).expect(422);
    expect(exported.headers['content-type']).toMatch(/^application\/json/);
    const refused = exported.body;
    expect(refused.ruleId).toBe('EWP-LA-CONTACT');
    expect(refused.message).toMatch(new RegExp(`^EWP-LA-CONTACT: la mobilité ${id} ne peut pas encore passer par EWP\\. EWP-LA-CONTACT receivingInstitution\\.contactPerson: Nommez une personne de contact`));
    expect((await http.get(`/api/agreements/${id}/ewp`).set('Authorization', as.sending).expect(422)).body.message).toMatch(
      new RegExp(`^EWP-LA-CONTACT: mobility ${id} cannot go over EWP yet\\. EWP-LA-CONTACT receivingInstitution\\.contactPerson: Name a contact person`),
    );
  });

  it('says in French what a conversion lacks, beside its field, without the rule repeated (CTI-REC-3)', async () => {
    const id = await approvedAgreement();
    await http.post(`/api/agreements/${id}/departure`).set('Authorization', as.student).send({ date: new Date().toISOString().slice(0, 10) }).expect(200);
    const transcript = { components: [{ code: 'KR501', credits: { scheme: 'xx-credits', value: '9' }, creditsDifferenceReason: 'the host counts in its own credits', result: 'passed' }, { code: 'KR502B', credits: { scheme: 'ects', value: '7.5' }, result: 'passed' }] };
    const recorded = await inFrench(http.post(`/api/agreements/${id}/transcripts`).set('Authorization', as.receiving).send(transcript)).expect(201);
    // The pending conversion's reason, in the transcript's answer and on reading the recognition, in the words of the refusal below.
    const pendingReason = (body: { outcome: { components: { code: string; conversion?: { reason?: string } }[] } }) =>
      body.outcome.components.find((component) => component.code === 'KR501')?.conversion?.reason;
    expect(pendingReason(recorded.body)).toBe('CTI-REC-3: aucune règle de conversion pour le système xx-credits');
    const read = () => http.get(`/api/agreements/${id}/recognition`).set('Authorization', as.sending);
    expect(pendingReason((await inFrench(read()).expect(200)).body)).toBe('CTI-REC-3: aucune règle de conversion pour le système xx-credits');
    expect(pendingReason((await read().expect(200)).body)).toBe('CTI-REC-3: no conversion rule for the scheme xx-credits');
    const rule = { scheme: 'xx-credits', kind: 'full-load', ectsPerFullLoad: '30', source: 'school board 2026-07' };
    const resolve = () => http.post(`/api/agreements/${id}/conversions/KR501`).set('Authorization', as.sending).send({ rule });
    expect((await inFrench(resolve()).expect(400)).body).toMatchObject({
      ruleId: 'CTI-REC-3',
      message: 'CTI-REC-3: la charge à temps plein de l’hôte dans le système xx-credits n’est pas connue',
      errors: [{ field: 'hostFullLoad', constraints: { 'CTI-REC-3': 'CTI-REC-3: la charge à temps plein de l’hôte dans le système xx-credits n’est pas connue' } }],
    });
    expect((await resolve().expect(400)).body.message).toBe("CTI-REC-3: the host's full load in xx-credits is not known");
  });

  it('says in French what no IIA covers when the host would sign, from the mobility’s facts (LA-PARTNERSHIP)', async () => {
    const regulations = (partnershipCheck: boolean) => ({
      minimumWeeksAbroad: { student: 12, apprentice: 9 },
      lowCarbonTravel: { counts: false, maxDays: 0 },
      preparatoryCycleCounts: false,
      partnershipCheck,
    });
    await http.put('/api/schools/insa-lyon.fr/regulations').set('Authorization', as.sending).send(regulations(true)).expect(200);
    try {
      const drafted = await http.post('/api/agreements').set('Authorization', as.student).send({ content: aContent() }).expect(201);
      const { mobilityId: id, draft } = drafted.body;
      for (const party of ['student', 'sending'] as const) {
        await http.post(`/api/agreements/${id}/signatures`).set('Authorization', as[party]).send({ contentHash: draft.contentHash }).expect(201);
      }
      const receivingSigns = () => http.post(`/api/agreements/${id}/signatures`).set('Authorization', as.receiving).send({ contentHash: draft.contentHash });
      expect((await inFrench(receivingSigns()).expect(422)).body.message).toBe(
        'LA-PARTNERSHIP: aucun accord interinstitutionnel (IIA) en vigueur ne couvre la mobilité d’études (student-studies) de insa-lyon.fr vers uw.edu.pl en 2025/2026, domaine d’études 0541 : enregistrez l’IIA, ou une convention individuelle pour cette mobilité, avant que l’établissement d’accueil ne signe',
      );
      expect((await receivingSigns().expect(422)).body.message).toBe(
        'LA-PARTNERSHIP: no IIA in effect covers student-studies mobility from insa-lyon.fr to uw.edu.pl in 2025/2026, subject area 0541: record the IIA, or an individual convention for this mobility, before the receiving institution signs',
      );
      // The audit trail says the recorded coverage in French too, from the facts its English detail was written from.
      const sentences = async (language?: string) => {
        const audit = http.get(`/api/agreements/${id}/audit`).set('Authorization', as.auditor);
        const { body } = await (language ? audit.set('Accept-Language', language) : audit).expect(200);
        return body.entries.filter((entry: { type: string }) => entry.type === 'PartnershipCoverageAssessed').map((entry: { sentence: string }) => entry.sentence);
      };
      expect(await sentences('fr')).toEqual([
        'Registre des partenariats : rien ne couvre la mobilité (LA-PARTNERSHIP) : aucun accord interinstitutionnel (IIA) en vigueur ne couvre la mobilité d’études (student-studies) de insa-lyon.fr vers uw.edu.pl en 2025/2026, domaine d’études 0541',
      ]);
      expect(await sentences()).toEqual([
        'Partnerships register: nothing covers the mobility (LA-PARTNERSHIP): no IIA in effect covers student-studies mobility from insa-lyon.fr to uw.edu.pl in 2025/2026, subject area 0541',
      ]);
    } finally {
      await http.put('/api/schools/insa-lyon.fr/regulations').set('Authorization', as.sending).send(regulations(false)).expect(200);
    }
  });
});
