import { receivingStaff } from '../testing/agreement.fixtures';
import { TranscriptLine } from './recognition.commands';
import { RETURNED, allPassed, givenRecognition, line, recognitionCommand, transcriptData } from './testing';

const record = (components: TranscriptLine[] = allPassed(), now = RETURNED, more = {}) =>
  recognitionCommand('RecordTranscript', receivingStaff, transcriptData(components, more), now);
const withReason = (transcriptLine: TranscriptLine, creditsDifferenceReason = 'the host added a project part'): TranscriptLine => ({
  ...transcriptLine,
  creditsDifferenceReason,
});
const extra = (code: string, value: string, reason = 'advised by the host coordinator'): TranscriptLine => ({
  ...line(code, value),
  unplanned: { title: 'Polish for foreigners', reason },
});

describe('RecordTranscript against the stay and the agreement', () => {
  it('REC-STAY-BEGUN: refuses a transcript recorded before the first day of the stay, naming the date and its source', () => {
    givenRecognition()
      .when(record(allPassed(), '2026-02-19T23:59:00.000Z', { stayStart: { date: '2026-02-20', source: 'planned' } }))
      .thenThrows({ kind: 'rule', ruleId: 'REC-STAY-BEGUN', message: /starts on 2026-02-20 \(planned\).*record the departure first/ });
  });

  it('REC-STAY-BEGUN: accepts a transcript from the first day of the stay on', () => {
    givenRecognition()
      .when(record(allPassed(), '2026-02-20T00:00:00.000Z', { stayStart: { date: '2026-02-20', source: 'declared' } }))
      .then((events) => expect(events.map(({ type }) => type)).toEqual(['TranscriptRecorded', 'CreditsRecognised']));
  });

  it('REC-PLAUSIBLE, CTI-REC-1: names the field of each line at fault, in English and in French', () => {
    const [first, second, third] = allPassed();
    const implausible = givenRecognition()
      .when(record([first, { ...second, credits: { scheme: 'ects', value: '0' } }, third]))
      .thenThrows({ kind: 'rule', ruleId: 'REC-PLAUSIBLE' });
    expect(implausible.fields).toEqual([
      {
        field: 'components.1.credits',
        said: {
          en: 'KR502B: 0 ects is not above zero: correct the credits to what the transcript of records states',
          fr: 'KR502B: 0 ects n’est pas supérieur à zéro : corrigez les crédits pour qu’ils disent ce qu’indique le relevé de notes',
        },
      },
    ]);
    const unknown = givenRecognition().when(record([first, line('KR999', '3')])).thenThrows({ kind: 'rule', ruleId: 'CTI-REC-1' });
    expect(unknown.fields).toEqual([{ field: 'components.1.code', said: { en: expect.stringMatching(/^KR999 is not in the components of agreement version 1: amend/), fr: expect.stringMatching(/^KR999 ne figure pas parmi les composantes de la version 1 du contrat : modifiez/) } }]);
    expect(unknown.said?.fr).toMatch(/^KR999 ne figure pas/);
  });

  it('REC-EMPTY: refuses a transcript without a line', () => {
    givenRecognition().when(record([])).thenThrows({ kind: 'rule', ruleId: 'REC-EMPTY', message: /lists no component/ });
  });

  it('REC-UNPLANNED: refuses an unplanned extra without a reason', () => {
    givenRecognition()
      .when(record([...allPassed(), extra('PL100', '3', '  ')]))
      .thenThrows({ kind: 'rule', ruleId: 'REC-UNPLANNED', message: /PL100 gives no reason/ });
  });

  it('REC-UNPLANNED: refuses a line the agreement lists that claims to be unplanned', () => {
    givenRecognition()
      .when(record([line('KR501', '7.5'), line('KR502B', '7.5'), extra('CS101', '3')]))
      .thenThrows({ kind: 'rule', ruleId: 'REC-UNPLANNED', message: /CS101 is a component of agreement version 1/ });
  });

  it('REC-UNPLANNED: records an unplanned extra with its reason, converted, and recognises none of it automatically', () => {
    givenRecognition()
      .when(record([...allPassed(), extra('PL100', '3')]))
      .thenState((state, [, recognised]) => {
        expect(recognised.data).toMatchObject({
          unplanned: [{ code: 'PL100', title: 'Polish for foreigners', reason: 'advised by the host coordinator', result: 'passed', conversion: { ects: '3' } }],
        });
        expect(state.recognisedEcts).toBe('21');
        expect(state.status).toBe('pending');
        expect(state.creditLines.find(({ code }) => code === 'PL100')).toMatchObject({
          source: 'unplanned',
          obtainedEcts: '3',
          automaticEcts: '0',
          beyondPlanEcts: '3',
          recognisedEcts: '0',
          status: 'awaiting-decision',
        });
      });
  });

  it('REC-CREDITS-DIFFER: refuses a passed line whose credits differ from the plan without a reason', () => {
    givenRecognition()
      .when(record([line('KR501', '9'), line('KR502B', '7.5'), line('CS101', '3', 'passed', 'us-semester-credit-hours')]))
      .thenThrows({ kind: 'rule', ruleId: 'REC-CREDITS-DIFFER', message: /KR501 obtains 9 ects where agreement version 1 plans 7.5 ects.*creditsDifferenceReason/ });
  });

  it('REC-CREDITS-DIFFER: a scheme the plan does not name is a difference too', () => {
    givenRecognition()
      .when(record([line('KR501', '15', 'passed', 'uk-cats'), line('KR502B', '7.5'), line('CS101', '3', 'passed', 'us-semester-credit-hours')]))
      .thenThrows({ kind: 'rule', ruleId: 'REC-CREDITS-DIFFER', message: /KR501 obtains 15 uk-cats/ });
  });

  it('REC-CREDITS-DIFFER: records the reason, and the view shows planned against obtained', () => {
    givenRecognition()
      .when(record([withReason(line('KR501', '5')), line('KR502B', '7.5'), line('CS101', '3', 'passed', 'us-semester-credit-hours')]))
      .thenState((state) => {
        expect(state.creditLines[0]).toMatchObject({
          code: 'KR501',
          planned: [{ scheme: 'ects', value: '7.5' }],
          obtained: { scheme: 'ects', value: '5' },
          creditsDifferenceReason: 'the host added a project part',
          plannedEcts: '7.5',
          obtainedEcts: '5',
          recognisedEcts: '5',
          status: 'recognised',
        });
        expect(state.recognisedEcts).toBe('18.5');
      });
  });

  it('REC-CREDITS-DIFFER: a failed or not-taken line may print 0 or the planned credits without a reason', () => {
    givenRecognition()
      .when(record([line('KR501', '0', 'failed'), line('KR502B', '7.5', 'not-taken'), line('CS101', '3', 'passed', 'us-semester-credit-hours')]))
      .then((events) => expect(events).toHaveLength(2));
  });

  it.each([
    ['61 ECTS', withReason(line('KR501', '61')), /KR501: 61 ects is more than one component can count: at most 60/],
    ['0 ECTS passed', withReason(line('KR501', '0')), /KR501: 0 ects is not above zero/],
    ['31 US semester credit hours', withReason(line('CS101', '31', 'passed', 'us-semester-credit-hours')), /at most 30/],
  ])('REC-PLAUSIBLE: refuses %s on a line, even with a reason', (_, implausible, message) => {
    const others = allPassed().filter(({ code }) => code !== implausible.code);
    givenRecognition().when(record([implausible, ...others])).thenThrows({ kind: 'rule', ruleId: 'REC-PLAUSIBLE', message });
  });

  it("REC-PLAUSIBLE: the school's rule sets the ceiling of its scheme", () => {
    const halfFactor = { scheme: 'us-semester-credit-hours', kind: 'factor' as const, factor: '0.5', rounding: 'none' as const, source: 'school board' };
    givenRecognition()
      .when(record([withReason(line('CS101', '100', 'passed', 'us-semester-credit-hours')), line('KR501', '7.5'), line('KR502B', '7.5')], RETURNED, { conversionRules: [halfFactor] }))
      .then((events) => expect(events).toHaveLength(2));
  });
});
