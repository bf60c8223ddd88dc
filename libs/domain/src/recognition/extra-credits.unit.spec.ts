import { receivingStaff, sendingStaff } from '../testing/agreement.fixtures';
import { TranscriptLine } from './recognition.commands';
import { allPassed, givenRecognition, line, recognitionCommand, recognitionHistory, transcriptData } from './testing';

const reason = 'the host counts the project part of the course';
const record = (components: TranscriptLine[] = allPassed(), more = {}) => recognitionCommand('RecordTranscript', receivingStaff, transcriptData(components, more));
const correct = (components: TranscriptLine[]) =>
  recognitionCommand('CorrectTranscript', receivingStaff, { ...transcriptData(components), reason: 'KR501 credits corrected' });
const decide = (componentCode: string, decision: 'recognised' | 'not-recognised' = 'recognised', by = sendingStaff) =>
  recognitionCommand('DecideExtraCredits', by, { componentCode, decision, reason: 'the extra ECTS replace UE-PROJ-3 at home' });

/** The slip a coordinator catches by eye: 60 ECTS for a 7.5-ECTS course. */
const sixtyForSeven = (): TranscriptLine[] => [
  { ...line('KR501', '60'), creditsDifferenceReason: reason },
  line('KR502B', '7.5'),
  line('CS101', '3', 'passed', 'us-semester-credit-hours'),
];
const extra: TranscriptLine = { ...line('PL100', '3'), unplanned: { reason: 'advised by the host coordinator' } };

describe('credits beyond the agreement (CTI-REC-1, REC-EXCESS)', () => {
  it('CTI-REC-1: a passed component counts at most its planned ECTS; the excess waits for a decision', () => {
    givenRecognition()
      .when(record(sixtyForSeven()))
      .thenState((state) => {
        expect(state.creditLines[0]).toMatchObject({ code: 'KR501', plannedEcts: '7.5', obtainedEcts: '60', automaticEcts: '7.5', beyondPlanEcts: '52.5', status: 'awaiting-decision' });
        expect(state).toMatchObject({ recognisedEcts: '21', automaticEcts: '21', status: 'pending' });
      });
  });

  it('CTI-REC-3: the cap is the planned credits converted by the same rule (4 SCH for 3 planned: 6 ECTS of 8)', () => {
    givenRecognition()
      .when(record([line('KR501', '7.5'), line('KR502B', '7.5'), { ...line('CS101', '4', 'passed', 'us-semester-credit-hours'), creditsDifferenceReason: reason }]))
      .thenState((state) => {
        expect(state.creditLines[2]).toMatchObject({ plannedEcts: '6', obtainedEcts: '8', automaticEcts: '6', beyondPlanEcts: '2' });
        expect(state.recognisedEcts).toBe('21');
      });
  });

  it('REC-EXCESS: the sending institution recognises the excess with a reason; the total then includes it', () => {
    givenRecognition(recognitionHistory(record(sixtyForSeven())))
      .when(decide('KR501'))
      .thenState((state, [event]) => {
        expect(event).toMatchObject({
          type: 'ExtraCreditsDecided',
          data: { componentCode: 'KR501', transcriptVersion: 1, decision: 'recognised', ects: '52.5', reason: 'the extra ECTS replace UE-PROJ-3 at home', party: 'sending' },
        });
        expect(state.creditLines[0]).toMatchObject({ status: 'decided', recognisedEcts: '60', decision: { decision: 'recognised', ects: '52.5' } });
        expect(state).toMatchObject({ recognisedEcts: '73.5', automaticEcts: '21', status: 'complete' });
      });
  });

  it('REC-EXCESS: a decision not to recognise keeps the total at the plan and closes the line', () => {
    givenRecognition(recognitionHistory(record(sixtyForSeven())))
      .when(decide('KR501', 'not-recognised'))
      .thenState((state, [event]) => {
        expect(event.data).toMatchObject({ decision: 'not-recognised', ects: '0' });
        expect(state).toMatchObject({ recognisedEcts: '21', status: 'complete' });
      });
  });

  it('REC-EXCESS: an unplanned extra counts once the sending institution recognises it', () => {
    givenRecognition(recognitionHistory(record([...allPassed(), extra])))
      .when(decide('PL100'))
      .thenState((state) => expect(state).toMatchObject({ recognisedEcts: '24', status: 'complete' }));
  });

  it('REC-EXCESS: decides once per line and transcript version', () => {
    givenRecognition(recognitionHistory(record(sixtyForSeven()), decide('KR501')))
      .when(decide('KR501', 'not-recognised'))
      .thenThrows({ kind: 'rule', ruleId: 'REC-EXCESS', message: /already decided on transcript version 1/ });
  });

  it('REC-EXCESS: a corrected transcript asks again; the earlier decision no longer counts', () => {
    const corrected = sixtyForSeven().map((transcriptLine) => (transcriptLine.code === 'KR501' ? { ...transcriptLine, credits: { scheme: 'ects', value: '9' } } : transcriptLine));
    const history = recognitionHistory(record(sixtyForSeven()), decide('KR501'), correct(corrected));
    givenRecognition(history)
      .when(decide('KR501'))
      .thenState((state, [event]) => {
        expect(event.data).toMatchObject({ transcriptVersion: 2, ects: '1.5' });
        expect(state.recognisedEcts).toBe('22.5');
        expect(state.extraCreditDecisions).toHaveLength(2);
      });
  });

  it('REC-EXCESS: refuses a decision on a line within the plan', () => {
    givenRecognition(recognitionHistory(record(sixtyForSeven())))
      .when(decide('KR502B'))
      .thenThrows({ kind: 'rule', ruleId: 'REC-EXCESS', message: /nothing to decide/ });
  });

  it('REC-EXCESS: refuses a code that is no line of the transcript', () => {
    givenRecognition(recognitionHistory(record(sixtyForSeven()))).when(decide('XX1')).thenThrows({ kind: 'not_found', ruleId: 'REC-EXCESS' });
  });

  it('REC-EXCESS: refuses a decision without a reason', () => {
    givenRecognition(recognitionHistory(record(sixtyForSeven())))
      .when(recognitionCommand('DecideExtraCredits', sendingStaff, { componentCode: 'KR501', decision: 'recognised', reason: ' ' }))
      .thenThrows({ kind: 'invalid', ruleId: 'REC-EXCESS' });
  });

  it('REC-EXCESS: refuses a decision before any transcript', () => {
    givenRecognition().when(decide('KR501')).thenThrows({ kind: 'not_found', ruleId: 'REC-TRANSCRIPT' });
  });

  it('LA-PARTY: only the sending institution decides on credits beyond the agreement', () => {
    givenRecognition(recognitionHistory(record(sixtyForSeven())))
      .when(decide('KR501', 'recognised', receivingStaff))
      .thenThrows({ kind: 'forbidden', ruleId: 'LA-PARTY' });
  });

  it('CTI-REC-3: an extra in a scheme without a rule is converted first, then decided', () => {
    const korean: TranscriptLine = { ...line('KR900', '3', 'passed', 'kr-credits'), unplanned: { reason: 'research seminar' } };
    const rule = { scheme: 'kr-credits', kind: 'factor' as const, factor: '1.5', rounding: 'none' as const, source: 'school board' };
    const recorded = record([...allPassed(), korean]);
    givenRecognition(recognitionHistory(recorded)).when(decide('KR900')).thenThrows({ kind: 'rule', ruleId: 'CTI-REC-3', message: /resolve the conversion first/ });
    givenRecognition(recognitionHistory(recorded, recognitionCommand('ResolveConversion', sendingStaff, { componentCode: 'KR900', rule })))
      .when(decide('KR900'))
      .thenState((state) => expect(state).toMatchObject({ recognisedEcts: '25.5', status: 'complete' }));
  });
});
