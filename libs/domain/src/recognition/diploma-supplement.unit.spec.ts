import { MOBILITY_ID, receivingStaff } from '../testing/agreement.fixtures';
import { diplomaSupplementEntry } from './diploma-supplement';
import { initialRecognitionState } from './recognition.state';
import { allPassed, recognitionCommand, recognitionContent, recognitionHistory, recognitionStateOf, snapshotOf, transcriptData } from './testing';

const stateAfter = (activity: 'studies' | 'double-degree', partnerDegree?: string) =>
  recognitionStateOf(
    recognitionHistory(
      recognitionCommand(
        'RecordTranscript',
        receivingStaff,
        transcriptData(allPassed(), { agreement: snapshotOf(recognitionContent({ activity })), ...(partnerDegree && { partnerDegree }) }),
      ),
    ),
  );

describe('diplomaSupplementEntry', () => {
  it('CTI-REC-4: lists the host, the actual dates, the recognised ECTS and the components', () => {
    expect(diplomaSupplementEntry(stateAfter('studies'))).toEqual({
      ruleId: 'CTI-REC-4',
      mobilityId: MOBILITY_ID,
      host: { heiId: 'uw.edu.pl', organisationalUnit: 'Faculty of Mathematics' },
      from: '2026-02-20',
      to: '2026-07-01',
      recognisedEcts: '21',
      status: 'complete',
      components: [
        { code: 'KR501', title: 'Course KR501', ects: '7.5', localGrade: '4.5', homeGrade: '4.5' },
        { code: 'KR502B', title: 'Course KR502B', ects: '7.5' },
        { code: 'CS101', title: 'Course CS101', ects: '6' },
      ],
    });
  });

  it('CTI-REC-4: gives nothing before a transcript', () => {
    expect(diplomaSupplementEntry(initialRecognitionState())).toBeUndefined();
  });

  it('CTI-DD-1: a double degree is mentioned in the diploma supplement, never in the diploma title', () => {
    const state = stateAfter('double-degree', 'Magister inżynier informatyki');
    const mention = {
      ruleId: 'CTI-DD-1',
      host: { heiId: 'uw.edu.pl', organisationalUnit: 'Faculty of Mathematics' },
      partnerDegree: 'Magister inżynier informatyki',
      text: 'Double degree with uw.edu.pl: Magister inżynier informatyki (diploma supplement only)',
    };
    expect(state.doubleDegree).toEqual(mention);
    const entry = diplomaSupplementEntry(state);
    expect(entry?.doubleDegree).toEqual(mention);
    expect(Object.keys(entry ?? {}).some((key) => /title/i.test(key))).toBe(false);
  });

  it('CTI-DD-1: no mention for a mobility that is not a double degree', () => {
    expect(stateAfter('studies').doubleDegree).toBeUndefined();
    expect(diplomaSupplementEntry(stateAfter('studies'))).not.toHaveProperty('doubleDegree');
  });
});
