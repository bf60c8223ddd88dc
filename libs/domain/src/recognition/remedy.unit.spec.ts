import { receivingStaff, sendingStaff, student } from '../testing/agreement.fixtures';
import { RemedyKind } from './recognition.commands';
import { allPassed, givenRecognition, line, recognitionCommand, recognitionHistory, transcriptData } from './testing';

const withFailure = () => [line('KR501', '7.5'), line('KR502B', '0', 'failed', 'ects', '2'), line('CS101', '3', 'passed', 'us-semester-credit-hours')];
const record = (components = withFailure()) => recognitionCommand('RecordTranscript', receivingStaff, transcriptData(components));
const remedy = (kind: RemedyKind = 'home-component', componentCode = 'KR502B', by = sendingStaff) =>
  recognitionCommand('RecordRemedy', by, { componentCode, kind, description: 'UE-MATH-4 oral session in September' });
const close = (outcome: 'succeeded' | 'failed', ectsObtained?: string, componentCode = 'KR502B') =>
  recognitionCommand('CloseRemedy', sendingStaff, { componentCode, outcome, ...(ectsObtained !== undefined && { ectsObtained }) });

describe('RecordRemedy and CloseRemedy', () => {
  it('CTI-REC-5: a failed component with a remedy that succeeds completes the recognition', () => {
    givenRecognition(recognitionHistory(record(), remedy('later-session')))
      .when(close('succeeded', '7.5'))
      .thenState((state, [event]) => {
        expect(event).toMatchObject({ type: 'RemedyClosed', data: { componentCode: 'KR502B', remedyNumber: 1, outcome: 'succeeded', ectsObtained: '7.5', party: 'sending' } });
        expect(state.failures[0].remedies).toEqual([
          {
            number: 1,
            kind: 'later-session',
            description: 'UE-MATH-4 oral session in September',
            recordedBy: sendingStaff.id,
            recordedAt: expect.any(String),
            closed: { outcome: 'succeeded', ectsObtained: '7.5', by: sendingStaff.id, at: expect.any(String) },
          },
        ]);
        expect(state.homeUnits.map(({ status, basis }) => ({ status, basis }))).toEqual([
          { status: 'recognised', basis: 'after-remedy' },
          { status: 'recognised', basis: 'after-remedy' },
        ]);
        expect(state).toMatchObject({ status: 'complete', recognisedEcts: '21' });
      });
  });

  it('REC-EXCESS: a remedy earns at most the ECTS the agreement planned for the component it makes up', () => {
    givenRecognition(recognitionHistory(record(), remedy('later-session')))
      .when(close('succeeded', '60'))
      .thenThrows({ kind: 'rule', ruleId: 'REC-EXCESS', message: /at most the 7.5 ECTS/ });
  });

  it('CTI-REC-5: records the failure and the remedy chosen; the recognition stays pending until it is closed', () => {
    givenRecognition(recognitionHistory(record()))
      .when(remedy())
      .thenState((state, [event]) => {
        expect(event).toMatchObject({ type: 'RemedyRecorded', data: { componentCode: 'KR502B', remedyNumber: 1, kind: 'home-component' } });
        expect(state.status).toBe('pending');
        expect(state.recognisedEcts).toBe('13.5');
        expect(state.homeUnits.every(({ status }) => status === 'awaiting-remedy')).toBe(true);
      });
  });

  it('CTI-REC-5: a remedy that fails leaves each home unit to the decision of the sending institution', () => {
    givenRecognition(recognitionHistory(record(), remedy('resit-at-host')))
      .when(close('failed'))
      .thenState((state) => {
        expect(state.homeUnits.map(({ status }) => status)).toEqual(['awaiting-decision', 'awaiting-decision']);
        expect(state.status).toBe('pending');
      });
  });

  it('CTI-REC-5: after a failed remedy another may be tried, numbered 2', () => {
    givenRecognition(recognitionHistory(record(), remedy('resit-at-host'), close('failed')))
      .when(remedy('waived'))
      .then(([event]) => expect(event.data).toMatchObject({ remedyNumber: 2, kind: 'waived' }));
  });

  it('CTI-REC-2: refuses a remedy for a component passed at the host', () => {
    givenRecognition(recognitionHistory(record()))
      .when(remedy('later-session', 'KR501'))
      .thenThrows({ kind: 'rule', ruleId: 'CTI-REC-2', message: /KR501 was passed at the host/ });
  });

  it('REC-REMEDY: one open remedy at a time, none after success, and only an open one is closed', () => {
    givenRecognition(recognitionHistory(record(), remedy())).when(remedy()).thenThrows({ kind: 'rule', ruleId: 'REC-REMEDY', message: /still open/ });
    givenRecognition(recognitionHistory(record(), remedy(), close('succeeded'))).when(remedy()).thenThrows({ kind: 'rule', ruleId: 'REC-REMEDY' });
    givenRecognition(recognitionHistory(record())).when(close('succeeded')).thenThrows({ kind: 'rule', ruleId: 'REC-REMEDY' });
  });

  it('CTI-REC-5: refuses a remedy without description, of an unknown kind, or a failed one that earns ECTS', () => {
    const blank = recognitionCommand('RecordRemedy', sendingStaff, { componentCode: 'KR502B', kind: 'other', description: ' ' });
    givenRecognition(recognitionHistory(record())).when(blank).thenThrows({ kind: 'invalid', ruleId: 'CTI-REC-5' });
    givenRecognition(recognitionHistory(record())).when(remedy('summer-school' as RemedyKind)).thenThrows({ kind: 'invalid', ruleId: 'CTI-REC-5' });
    givenRecognition(recognitionHistory(record(), remedy())).when(close('failed', '3')).thenThrows({ kind: 'invalid', ruleId: 'CTI-REC-5' });
  });

  it.each([
    ['the receiving institution', receivingStaff],
    ['the student', student],
  ])('LA-PARTY: refuses a remedy recorded by %s', (_, actor) => {
    givenRecognition(recognitionHistory(record())).when(remedy('waived', 'KR502B', actor)).thenThrows({ kind: 'forbidden', ruleId: 'LA-PARTY' });
  });

  it('REC-TRANSCRIPT: refuses a remedy before any transcript', () => {
    givenRecognition().when(remedy()).thenThrows({ kind: 'not_found', ruleId: 'REC-TRANSCRIPT' });
  });

  it('CTI-REC-5: a correction that passes the component drops the failure, its remedy stays in the history', () => {
    const correct = recognitionCommand('CorrectTranscript', receivingStaff, { ...transcriptData(allPassed()), reason: 'KR502B resit graded' });
    givenRecognition(recognitionHistory(record(), remedy()))
      .when(correct)
      .thenState((state) => {
        expect(state).toMatchObject({ status: 'complete', failures: [], recognisedEcts: '21' });
        expect(state.remedies.KR502B).toHaveLength(1);
      });
  });
});
