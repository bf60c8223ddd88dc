import type { AccessAction } from '@app/http';
import { aContent } from '@app/domain/testing';

/** The ids an endpoint's path and body are built from. */
export interface Fixture {
  mobilityId: string;
  contentHash: string;
  studentId: string;
  schoolId: string;
}

export interface Endpoint {
  action: AccessAction;
  method: 'get' | 'post' | 'put' | 'delete';
  /** The route as OpenAPI names it. */
  route: string;
  path(f: Fixture): string;
  body?(f: Fixture): object;
  /** True when it changes the agreement it names: it gets a fresh one when access lets it through. */
  writesAgreement?: boolean;
}

const on = (action: AccessAction, method: Endpoint['method'], route: string, rest: Partial<Endpoint> = {}): Endpoint => ({
  action,
  method,
  route,
  path: (f) =>
    `/api${route}`
      .replace('{id}', f.mobilityId)
      .replace('{studentId}', f.studentId)
      .replace('{schoolId}', f.schoolId)
      .replace(/\{[a-zA-Z]+\}/g, (name) => ({ '{n}': '1', '{scheme}': 'uk-cats', '{iscedFCode}': '0613', '{stayId}': 'summer-2026' })[name] ?? 'KR501'),
  ...rest,
});

const stay = (f: Fixture) => ({ stay: { mobilityId: f.mobilityId } });
const writes = { writesAgreement: true };

/** Every endpoint of the API behind a bearer token, with a body that validation accepts. */
export const ENDPOINTS: Endpoint[] = [
  on('agreement.list', 'get', '/agreements'),
  on('agreement.draft', 'post', '/agreements', { body: () => ({ content: aContent() }) }),
  on('agreement.read', 'get', '/agreements/{id}'),
  on('agreement.edit-draft', 'put', '/agreements/{id}/draft', { ...writes, body: () => ({ content: aContent({ plannedEnd: '2027-07-01' }) }) }),
  on('agreement.delete-draft', 'delete', '/agreements/{id}', writes),
  on('agreement.sign', 'post', '/agreements/{id}/signatures', { ...writes, body: (f) => ({ contentHash: f.contentHash }) }),
  on('agreement.reject', 'post', '/agreements/{id}/rejections', { ...writes, body: () => ({ comment: 'Please add a course' }) }),
  on('agreement.individual-convention', 'post', '/agreements/{id}/individual-convention', { ...writes, body: () => ({ reference: 'CONV-2026-014' }) }),
  on('agreement.amend', 'post', '/agreements/{id}/amendments', {
    ...writes,
    body: () => ({ changes: [{ op: 'delete', table: 'studiedAbroad', code: 'KR501', reason: 'not-available' }] }),
  }),
  on('agreement.amend', 'post', '/agreements/{id}/withdrawals', { ...writes, body: () => ({ proposalNumber: 1, comment: 'Wrong code' }) }),
  on('agreement.minor-change', 'post', '/agreements/{id}/minor-changes', {
    ...writes,
    body: () => ({ changes: { plannedEnd: '2027-06-28' }, note: 'The host moved its exams' }),
  }),
  on('agreement.confirm-stay', 'post', '/agreements/{id}/stay-confirmation', { ...writes, body: () => ({ start: '2027-01-25' }) }),
  on('agreement.record-stay', 'post', '/agreements/{id}/departure', { ...writes, body: () => ({ date: '2027-01-24' }) }),
  on('agreement.record-stay', 'post', '/agreements/{id}/return', { ...writes, body: () => ({ date: '2027-06-30' }) }),
  on('agreement.read', 'get', '/agreements/{id}/versions/{n}'),
  on('agreement.read', 'get', '/agreements/{id}/versions/{n}/pdf'),
  on('agreement.read', 'get', '/agreements/{id}/events'),
  on('agreement.read', 'get', '/agreements/{id}/audit'),
  on('agreement.read', 'get', '/agreements/{id}/audit/verify'),
  on('agreement.read', 'get', '/agreements/{id}/recognition'),
  on('recognition.record-transcript', 'post', '/agreements/{id}/transcripts', {
    ...writes,
    body: () => ({ components: [{ code: 'KR501', credits: { scheme: 'ects', value: '9' }, localGrade: '4.5', result: 'passed' }] }),
  }),
  on('recognition.decide', 'post', '/agreements/{id}/remedies', {
    ...writes,
    body: () => ({ componentCode: 'KR501', kind: 'home-component', description: 'Numerical methods at home' }),
  }),
  on('recognition.decide', 'post', '/agreements/{id}/remedies/{componentCode}/closure', { ...writes, body: () => ({ outcome: 'succeeded', ectsObtained: '7.5' }) }),
  on('recognition.decide', 'post', '/agreements/{id}/home-units/{code}/decision', { ...writes, body: () => ({ decision: 'recognised', comment: 'as agreed' }) }),
  on('recognition.decide', 'post', '/agreements/{id}/conversions/{componentCode}', {
    ...writes,
    body: () => ({ rule: { scheme: 'uk-cats', kind: 'factor', factor: '0.5', source: 'ECTS guide' } }),
  }),
  on('recognition.decide', 'post', '/agreements/{id}/extra-credits/{componentCode}/decision', {
    ...writes,
    body: () => ({ decision: 'recognised', reason: 'the extra ECTS replace the home project unit' }),
  }),
  on('student.diploma-supplement', 'get', '/students/{studentId}/diploma-supplement'),
  on('student.list', 'get', '/students', { path: () => '/api/students?q=ivan' }),
  on('student.read', 'get', '/students/{studentId}'),
  on('student.read', 'get', '/students/{studentId}/mobility-status'),
  on('student.read-school-partners', 'get', '/students/{studentId}/school-partners'),
  on('student.record-profile', 'put', '/students/{studentId}/profile', {
    body: (f) => ({
      nationality: 'FR',
      secondaryDiplomaCountry: 'FR',
      secondaryDiploma: 'french-baccalaureate',
      cameToFranceToStudy: false,
      track: 'student',
      schoolId: f.schoolId,
      expectedGraduationYear: 2027,
    }),
  }),
  on('student.record-stay', 'post', '/students/{studentId}/stays', {
    body: () => ({ stayId: 'summer-2026', kind: 'studies', country: 'DE', plannedStart: '2026-06-01', plannedEnd: '2026-08-23', stay: 'individual' }),
  }),
  on('student.record-stay', 'post', '/students/{studentId}/stays/{stayId}/dates', { body: () => ({ actualStart: '2026-06-02' }) }),
  on('student.derogation', 'post', '/students/{studentId}/derogations', { body: () => ({ reason: 'medical', decidedBy: 'jury des études' }) }),
  on('student.derogation', 'delete', '/students/{studentId}/derogation', { body: () => ({ reason: 'recovered' }) }),
  on('student.erase', 'post', '/students/{studentId}/erasure'),
  on('student.answer-survey', 'post', '/students/{studentId}/surveys', {
    body: (f) => ({ mobilityId: f.mobilityId, moment: 'mid-stay', answers: [{ questionId: 'preparation', value: 4 }, { questionId: 'stay', value: 5 }] }),
  }),
  on('student.answer-survey', 'get', '/students/{studentId}/surveys/{mobilityId}', {
    path: (f) => `/api/students/${f.studentId}/surveys/${f.mobilityId}?moment=after-return`,
  }),
  on('student.record-support', 'post', '/students/{studentId}/records/internship-agreement', { body: (f) => ({ ...stay(f), reference: 'CONV-1' }) }),
  on('student.record-stay', 'post', '/students/{studentId}/records/low-carbon-travel', {
    body: (f) => ({ ...stay(f), journey: 'outbound', days: 2, mode: 'train' }),
  }),
  on('student.record-support', 'post', '/students/{studentId}/records/preparation', { body: (f) => ({ ...stay(f), date: '2026-01-10' }) }),
  on('student.record-support', 'post', '/students/{studentId}/records/follow-up', { body: (f) => ({ ...stay(f), date: '2026-03-10' }) }),
  on('student.record-support', 'post', '/students/{studentId}/records/debrief', { body: (f) => ({ ...stay(f), date: '2026-07-10' }) }),
  on('student.record-support', 'post', '/students/{studentId}/records/apprenticeship-modality', {
    body: (f) => ({ ...stay(f), modality: 'contract-on-hold' }),
  }),
  on('school.read-regulations', 'get', '/schools/{schoolId}/regulations'),
  on('school.configure', 'put', '/schools/{schoolId}/regulations', {
    body: () => ({ minimumWeeksAbroad: { student: 17, apprentice: 12 }, lowCarbonTravel: { counts: true, maxDays: 4 }, preparatoryCycleCounts: false }),
  }),
  on('school.configure', 'put', '/schools/{schoolId}/conversion-rules/{scheme}', { body: () => ({ kind: 'factor', factor: '0.5', source: 'ECTS guide' }) }),
  on('school.configure', 'delete', '/schools/{schoolId}/conversion-rules/{scheme}'),
  on('school.configure', 'put', '/schools/{schoolId}/grade-distributions/{iscedFCode}', {
    body: () => ({ grades: [{ grade: 'A', percentage: '40' }, { grade: 'B', percentage: '60' }] }),
  }),
  on('school.configure', 'delete', '/schools/{schoolId}/grade-distributions/{iscedFCode}'),
  on('school.configure', 'put', '/schools/{schoolId}/survey-questions', {
    body: () => ({
      questions: [{ id: 'welcome', kind: 'rating', wording: { fr: 'L’accueil', en: 'The welcome' }, required: true, moments: ['after-return'] }],
    }),
  }),
  on('school.read-incoming', 'get', '/schools/{schoolId}/incoming'),
  on('admin.messages', 'get', '/admin/messages'),
  on('report.cohort', 'get', '/reports/surveys', { path: (f) => `/api/reports/surveys?school=${f.schoolId}&year=2026/2027` }),
  on('report.cohort', 'get', '/reports/cohort', { path: (f) => `/api/reports/cohort?school=${f.schoolId}&year=2026/2027` }),
  // EWP documents are XML; access is decided before the body is read, so an empty one will do.
  on('ewp.import', 'post', '/ewp/learning-agreements'),
  on('ewp.update', 'post', '/ewp/learning-agreements/update'),
  on('agreement.read', 'get', '/agreements/{id}/ewp'),
  on('report.cohort', 'get', '/ewp/learning-agreements/stats', { path: (f) => `/api/ewp/learning-agreements/stats?school=${f.schoolId}` }),
  on('partnership.import', 'post', '/ewp/iias'),
  on('ewp.transcript', 'post', '/ewp/transcripts'),
  on('agreement.read', 'get', '/ewp/partner-agreements/{id}'),
  on('ewp.rotate-keys', 'post', '/ewp/host-keys/rotation'),
  on('ewp.partner-answer', 'post', '/ewp/partner-agreements/{id}/approval', { body: () => ({ position: 'Mobility coordinator' }) }),
  on('ewp.partner-answer', 'post', '/ewp/partner-agreements/{id}/comment', { body: () => ({ comment: 'KR630 is full this spring' }) }),
  on('partnership.record', 'post', '/schools/{schoolId}/partners', { body: () => ({ kind: 'company', id: 'FR40303265045', name: 'Airbus' }) }),
  on('partnership.list', 'get', '/partnerships'),
  on('institution.read', 'get', '/institutions', { path: () => '/api/institutions?q=warsaw' }),
  on('institution.read', 'get', '/institutions/{heiId}', { path: (f) => `/api/institutions/${f.schoolId}` }),
  on('institution.record', 'put', '/institutions/{heiId}', { path: () => '/api/institutions/uw.edu.pl', body: () => ({ name: 'University of Warsaw', country: 'PL' }) }),
];
