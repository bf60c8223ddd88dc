import { fieldMessages, Refusal } from '../../apps/web/src/api/refusal-parts';
import { academicYearOf, contentOf, emptyDraft } from '../../apps/web/src/drafting/draft-input';
import { blankLine, differsFromPlan, startingLines, transcriptBody } from '../../apps/web/src/recognition/transcript-lines';

const refusal = (message: string, ruleId?: string, fields: { field: string; messages: string[] }[] = []): Refusal => ({
  message,
  ruleId,
  fields,
  forField: (field) => fields.filter((error) => error.field === field || error.field.startsWith(`${field}.`)).flatMap((error) => error.messages),
});

const kr610 = { code: 'KR610', title: 'Embedded systems', credits: [{ scheme: 'ects', value: '7.5' }] };
const french = (value: string) => value.replace('.', ',');

describe('the working forms: where a refusal is shown and what is sent', () => {
  it('shows a rule’s refusal beside the line whose field it names, and beside no other line (REC-PLAUSIBLE)', () => {
    const error = refusal('REC-PLAUSIBLE: KR610: 0 ects is not above zero; KR6101: 900 ects is more than a year: correct the credits', 'REC-PLAUSIBLE', [
      { field: 'components.0.credits', messages: ['REC-PLAUSIBLE: KR610: 0 ects is not above zero: correct the credits'] },
      { field: 'components.10.credits', messages: ['REC-PLAUSIBLE: KR6101: 900 ects is more than a year: correct the credits'] },
    ]);
    expect(fieldMessages(error, 'components.0.credits')).toEqual(['REC-PLAUSIBLE: KR610: 0 ects is not above zero: correct the credits']);
    expect(fieldMessages(error, 'components.10.credits')).toEqual(['REC-PLAUSIBLE: KR6101: 900 ects is more than a year: correct the credits']);
    expect(fieldMessages(error, 'components.1.credits')).toEqual([]);
    expect(fieldMessages(error, 'components.0.code')).toEqual([]);
  });

  it('never reads a message for lines: a refusal that names no field is beside none (LA-CREDITS)', () => {
    const error = refusal('LA-CREDITS: studiedAbroad[0] (KR7): 0 ects is not above zero: correct the credits', 'LA-CREDITS');
    expect(fieldMessages(error, 'content.studiedAbroad.0.credits')).toEqual([]);
  });

  it('finds a 400’s field under the path a form shows', () => {
    const error = refusal('Bad Request', undefined, [{ field: 'components.0.credits.value', messages: ['value must be a decimal'] }]);
    expect(fieldMessages(error, 'components.0.credits')).toEqual(['value must be a decimal']);
    expect(fieldMessages(error, 'components.1.credits')).toEqual([]);
  });

  it('starts the transcript from the plan in the reader’s convention, and sends the API’s decimals', () => {
    const [line] = startingLines([kr610], undefined, french);
    expect(line).toMatchObject({ code: 'KR610', value: '7,5', scheme: 'ects', result: 'passed' });
    expect(transcriptBody([line], [kr610], undefined)).toEqual({ components: [{ code: 'KR610', credits: { scheme: 'ects', value: '7.5' }, result: 'passed' }] });
  });

  it('asks why only for a passed line whose credits differ from the plan (REC-CREDITS-DIFFER), and sends an extra with its reason (REC-UNPLANNED)', () => {
    const more = { ...blankLine(kr610), value: '9', differenceReason: 'Project part counted' };
    expect(differsFromPlan(more, kr610)).toBe(true);
    expect(differsFromPlan({ ...more, result: 'failed' }, kr610)).toBe(false);
    expect(differsFromPlan({ ...more, value: '7,5' }, kr610)).toBe(false);
    const extra = { ...blankLine(), code: 'KR599', unplanned: true, title: 'Polish culture', reason: 'Advised by the host', value: '2' };
    expect(transcriptBody([more, extra], [kr610], 'Grade corrected').components).toEqual([
      { code: 'KR610', credits: { scheme: 'ects', value: '9' }, result: 'passed', creditsDifferenceReason: 'Project part counted' },
      { code: 'KR599', credits: { scheme: 'ects', value: '2' }, result: 'passed', unplanned: { title: 'Polish culture', reason: 'Advised by the host' } },
    ]);
  });

  it('drafts the content the API expects: the student from the sign-in, no blank contact person, credits with a point', () => {
    const input = emptyDraft({ accountId: 'acc-zoe', name: 'Zoé Anne Lambert', email: 'zoe@example.com' }, 'insa-lyon.fr');
    input.tables.studiedAbroad[0] = { ...input.tables.studiedAbroad[0], code: ' KR700 ', title: 'Distributed algorithms', value: '7,5', term: '2/2' };
    input.tables.recognisedAtHome = [];
    const content = contentOf({ ...input, receivingHeiId: 'uw.edu.pl', receivingContact: { name: 'Paweł Kowalski', email: 'pawel@example.com' } });
    expect(content.student).toMatchObject({ givenNames: 'Zoé', familyName: 'Anne Lambert', accountId: 'acc-zoe', email: 'zoe@example.com' });
    expect(content.sendingInstitution).toEqual({ heiId: 'insa-lyon.fr' });
    expect(content.receivingInstitution).toEqual({ heiId: 'uw.edu.pl', contactPerson: { name: 'Paweł Kowalski', email: 'pawel@example.com' } });
    expect(content.studiedAbroad).toEqual([{ code: 'KR700', title: 'Distributed algorithms', credits: [{ scheme: 'ects', value: '7.5' }], term: { number: 2, of: 2 } }]);
    expect(content.eqfLevel).toBe(7);
  });

  it('reads the academic year from the planned start: from September, the year that starts', () => {
    expect(academicYearOf('2027-02-22')).toBe('2026/2027');
    expect(academicYearOf('2026-09-01')).toBe('2026/2027');
    expect(academicYearOf('')).toBe('');
  });
});
