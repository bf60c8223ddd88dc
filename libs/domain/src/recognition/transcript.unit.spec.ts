import { DEFAULT_CONVERSION_RULES } from '../credits/default-conversion-rules';
import { MOBILITY_ID, auditor, receivingStaff, sendingStaff, student } from '../testing/agreement.fixtures';
import {
  RETURNED,
  allPassed,
  givenRecognition,
  line,
  recognitionCommand,
  recognitionContent,
  recognitionHistory,
  snapshotOf,
  transcriptData,
} from './testing';
import { recognitionStreamId } from './recognition.stream';

const record = (components = allPassed(), more = {}) => recognitionCommand('RecordTranscript', receivingStaff, transcriptData(components, more));
const correct = (components = allPassed(), reason = 'KR502B grade entered twice', more = {}) =>
  recognitionCommand('CorrectTranscript', receivingStaff, { ...transcriptData(components, more), reason });
const usRule = DEFAULT_CONVERSION_RULES.find(({ scheme }) => scheme === 'us-semester-credit-hours');

describe('RecordTranscript', () => {
  it('names its stream after the mobility', () => {
    expect(recognitionStreamId(MOBILITY_ID)).toBe(`recognition-${MOBILITY_ID}`);
  });

  it('CTI-REC-1: records the transcript and recognises the credits at once', () => {
    givenRecognition()
      .when(record())
      .then(([recorded, recognised]) => {
        expect(recorded).toMatchObject({
          type: 'TranscriptRecorded',
          data: { mobilityId: MOBILITY_ID, transcriptVersion: 1, agreement: snapshotOf(), party: 'receiving', at: RETURNED },
        });
        expect(recognised.type).toBe('CreditsRecognised');
        expect(recognised.data).toMatchObject({ transcriptVersion: 1, agreementVersion: 1 });
      });
  });

  it('CTI-REC-1: all table-A components passed: every unconditioned home unit is recognised and the ECTS total derived', () => {
    givenRecognition()
      .when(record())
      .thenState((state) => {
        expect(state.status).toBe('complete');
        expect(state.recognisedEcts).toBe('21');
        expect(state.failures).toEqual([]);
        expect(state.homeUnits.map(({ code, status, basis }) => ({ code, status, basis }))).toEqual([
          { code: 'UE-MATH-4', status: 'recognised', basis: 'automatic' },
          { code: 'UE-CS-2', status: 'recognised', basis: 'automatic' },
        ]);
      });
  });

  it('CTI-REC-1: 7.5 + 7.5 + 15 ECTS make exactly 30', () => {
    const content = recognitionContent({
      studiedAbroad: [
        { code: 'A', title: 'A', credits: [{ scheme: 'ects', value: '7.5' }] },
        { code: 'B', title: 'B', credits: [{ scheme: 'ects', value: '7.5' }] },
        { code: 'C', title: 'C', credits: [{ scheme: 'ects', value: '15' }] },
      ],
    });
    const transcript = [line('A', '7.5'), line('B', '7.5'), line('C', '15')];
    givenRecognition()
      .when(recognitionCommand('RecordTranscript', receivingStaff, transcriptData(transcript, { agreement: snapshotOf(content) })))
      .thenState((state) => expect(state.recognisedEcts).toBe('30'));
  });

  it('CTI-REC-3: a US-credit component is converted to ECTS, the rule and factor recorded with it', () => {
    givenRecognition()
      .when(record())
      .then(([, recognised]) => {
        const cs101 = (recognised.data as { components: { code: string }[] }).components.find(({ code }) => code === 'CS101');
        expect(cs101).toEqual({
          code: 'CS101',
          title: 'Course CS101',
          table: 'studiedAbroad',
          result: 'passed',
          credits: { scheme: 'us-semester-credit-hours', value: '3' },
          conversion: {
            status: 'converted',
            credit: { scheme: 'us-semester-credit-hours', value: '3' },
            ects: '6',
            factor: '2',
            rule: usRule,
          },
        });
      });
  });

  it('CTI-REC-3: a scheme without a rule leaves the conversion pending and the recognition open', () => {
    const rules = DEFAULT_CONVERSION_RULES.filter(({ scheme }) => scheme !== 'us-semester-credit-hours');
    givenRecognition()
      .when(record(allPassed(), { conversionRules: rules }))
      .thenState((state) => {
        expect(state.status).toBe('pending');
        expect(state.pendingConversions).toEqual(['CS101']);
        expect(state.recognisedEcts).toBe('15');
      });
  });

  it('CTI-REC-3: the sending institution resolves a pending conversion with a named rule', () => {
    const rules = DEFAULT_CONVERSION_RULES.filter(({ scheme }) => scheme !== 'us-semester-credit-hours');
    const schoolRule = { scheme: 'us-semester-credit-hours', kind: 'factor' as const, factor: '2', rounding: 'none' as const, source: 'school board 2026-07' };
    givenRecognition(recognitionHistory(record(allPassed(), { conversionRules: rules })))
      .when(recognitionCommand('ResolveConversion', sendingStaff, { componentCode: 'CS101', rule: schoolRule }))
      .thenState((state, [event]) => {
        expect(event).toMatchObject({ type: 'ConversionResolved', data: { componentCode: 'CS101', conversion: { ects: '6', rule: schoolRule } } });
        expect(state).toMatchObject({ status: 'complete', pendingConversions: [], recognisedEcts: '21' });
      });
  });

  it('CTI-REC-3: a full-load rule without the host\'s full load is refused once, in each language, beside the field to give', () => {
    const rules = DEFAULT_CONVERSION_RULES.filter(({ scheme }) => scheme !== 'us-semester-credit-hours');
    const fullLoad = { scheme: 'us-semester-credit-hours', kind: 'full-load' as const, ectsPerFullLoad: '30', rounding: 'none' as const, source: 'school board 2026-07' };
    const refused = givenRecognition(recognitionHistory(record(allPassed(), { conversionRules: rules })))
      .when(recognitionCommand('ResolveConversion', sendingStaff, { componentCode: 'CS101', rule: fullLoad }))
      .thenThrows({ kind: 'invalid', ruleId: 'CTI-REC-3' });
    expect(refused.message).toBe("CTI-REC-3: the host's full load in us-semester-credit-hours is not known");
    expect(refused.said?.fr).toBe('la charge à temps plein de l’hôte dans le système us-semester-credit-hours n’est pas connue');
    expect(refused.fields.map(({ field }) => field)).toEqual(['hostFullLoad']);
  });

  it('CTI-REC-3: refuses to resolve a conversion that is not pending', () => {
    givenRecognition(recognitionHistory(record()))
      .when(recognitionCommand('ResolveConversion', sendingStaff, { componentCode: 'CS101', rule: usRule! }))
      .thenThrows({ kind: 'rule', ruleId: 'CTI-REC-3' });
  });

  it('CTI-REC-3: EGRACONS converts a passed grade with both tables, else keeps it', () => {
    const hostTable = [
      { grade: '5', percentage: '10' },
      { grade: '4.5', percentage: '25' },
      { grade: '4', percentage: '65' },
    ];
    const homeTable = [
      { grade: 'A', percentage: '15' },
      { grade: 'B', percentage: '25' },
      { grade: 'C', percentage: '60' },
    ];
    const transcript = [{ ...line('KR501', '7.5', 'passed', 'ects', '4.5'), hostGradeDistribution: hostTable }, line('KR502B', '7.5', 'passed', 'ects', '4')];
    givenRecognition()
      .when(record(transcript, { homeGradeDistributions: { '0541': homeTable } }))
      .thenState((state) => {
        const grades = state.outcome?.components.map(({ code, grade }) => ({ code, method: grade?.method, homeGrade: grade?.homeGrade }));
        expect(grades).toEqual([
          { code: 'KR501', method: 'egracons-percentile', homeGrade: 'B' },
          { code: 'KR502B', method: 'kept-as-is', homeGrade: '4' },
          { code: 'CS101', method: undefined, homeGrade: undefined },
        ]);
      });
  });

  it('CTI-REC-5: failed, not taken and missing components are listed as failures, home units await a remedy', () => {
    givenRecognition()
      .when(record([line('KR501', '0', 'failed', 'ects', '2'), line('KR502B', '0', 'not-taken')]))
      .thenState((state) => {
        expect(state.status).toBe('pending');
        expect(state.failures.map(({ code, result }) => ({ code, result }))).toEqual([
          { code: 'KR501', result: 'failed' },
          { code: 'KR502B', result: 'not-taken' },
          { code: 'CS101', result: 'missing' },
        ]);
        expect(state.homeUnits.map(({ status }) => status)).toEqual(['awaiting-remedy', 'awaiting-remedy']);
        expect(state.recognisedEcts).toBe('0');
      });
  });

  it('CTI-REC-1: a table-B unit with recognition conditions waits for the sending institution', () => {
    const content = recognitionContent({ recognisedAtHome: [{ code: 'UE-CS-2', title: 'Software', credits: [{ scheme: 'ects', value: '21' }], recognitionConditions: 'the host project covers testing strategies' }] });
    givenRecognition()
      .when(recognitionCommand('RecordTranscript', receivingStaff, transcriptData(allPassed(), { agreement: snapshotOf(content) })))
      .thenState((state) => {
        expect(state.status).toBe('pending');
        expect(state.homeUnits[0]).toMatchObject({ code: 'UE-CS-2', status: 'awaiting-decision', recognitionConditions: 'the host project covers testing strategies' });
      });
  });

  it('CTI-REC-1: refuses a line naming a component not in the approved agreement, unless it is an unplanned extra', () => {
    givenRecognition()
      .when(record([...allPassed(), line('KR999', '5')]))
      .thenThrows({ kind: 'rule', ruleId: 'CTI-REC-1', message: /KR999 is not in the components of agreement version 1.*unplanned\.reason/ });
  });

  it('REC-TRANSCRIPT: refuses a line twice, credits that are not decimal strings, an unknown result', () => {
    givenRecognition().when(record([line('KR501', '7.5'), line('KR501', '7.5')])).thenThrows({ kind: 'invalid', ruleId: 'REC-TRANSCRIPT', message: /appears twice/ });
    givenRecognition().when(record([line('KR501', '7,5')])).thenThrows({ kind: 'invalid', ruleId: 'REC-TRANSCRIPT' });
    givenRecognition()
      .when(record([{ ...line('KR501', '7.5'), result: 'excused' as 'passed' }]))
      .thenThrows({ kind: 'invalid', ruleId: 'REC-TRANSCRIPT' });
  });

  it('CTI-LA-4: refuses an agreement snapshot whose hash does not match its content', () => {
    const agreement = { ...snapshotOf(), contentHash: 'f'.repeat(64) };
    givenRecognition().when(record(allPassed(), { agreement })).thenThrows({ kind: 'invalid', ruleId: 'CTI-LA-4' });
  });

  it.each([
    ['the sending institution', sendingStaff],
    ['the student', student],
    ['an auditor', auditor],
  ])('LA-PARTY: refuses a transcript recorded by %s', (_, actor) => {
    givenRecognition()
      .when(recognitionCommand('RecordTranscript', actor, transcriptData()))
      .thenThrows({ kind: 'forbidden', ruleId: 'LA-PARTY' });
  });

  it('REC-TRANSCRIPT: refuses a second RecordTranscript; a correction is a new version', () => {
    givenRecognition(recognitionHistory(record())).when(record()).thenThrows({ kind: 'rule', ruleId: 'REC-TRANSCRIPT' });
  });
});

describe('CorrectTranscript', () => {
  it('REC-TRANSCRIPT: records version 2, keeps version 1, and recomputes the recognition', () => {
    givenRecognition(recognitionHistory(record([line('KR501', '7.5'), line('KR502B', '0', 'failed'), line('CS101', '3', 'passed', 'us-semester-credit-hours')])))
      .when(correct())
      .thenState((state, [recorded]) => {
        expect(recorded.data).toMatchObject({ transcriptVersion: 2, correctionReason: 'KR502B grade entered twice' });
        expect(state.transcripts.map(({ version }) => version)).toEqual([1, 2]);
        expect(state.transcripts[0].components[1].result).toBe('failed');
        expect(state).toMatchObject({ status: 'complete', recognisedEcts: '21', failures: [] });
      });
  });

  it('REC-TRANSCRIPT: refuses a correction without a reason, or before any transcript', () => {
    givenRecognition(recognitionHistory(record())).when(correct(allPassed(), '  ')).thenThrows({ kind: 'invalid', ruleId: 'REC-TRANSCRIPT' });
    givenRecognition().when(correct()).thenThrows({ kind: 'rule', ruleId: 'REC-TRANSCRIPT' });
  });

  it('CTI-LA-3: refuses a correction read against an older agreement version', () => {
    const v2 = snapshotOf(recognitionContent(), 2);
    const recordedOnV2 = recognitionCommand('RecordTranscript', receivingStaff, transcriptData(allPassed(), { agreement: v2 }));
    givenRecognition(recognitionHistory(recordedOnV2)).when(correct()).thenThrows({ kind: 'conflict', ruleId: 'CTI-LA-3' });
  });
});
