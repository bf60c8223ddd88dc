import { Actor } from '../../agreement/agreement.actor';
import { AgreementContent, Component } from '../../agreement/agreement.content';
import { contentHash } from '../../agreement/content-hash';
import { DEFAULT_CONVERSION_RULES } from '../../credits/default-conversion-rules';
import { MOBILITY_ID, aComponent, aContent } from '../../testing/agreement.fixtures';
import { deciderSpecification, historyOf, stateOf } from '../../testing/decider-specification';
import { AgreementSnapshot, RecognitionCommand, TranscriptData, TranscriptLine } from '../recognition.commands';
import { recognitionDecider } from '../recognition.decider';
import { RecognitionEvent } from '../recognition.events';

/** After the return: the transcript arrives in the summer. */
export const RETURNED = '2026-07-10T10:00:00.000Z';

/**
 * Table A: two Polish courses in ECTS (7.5 each) and one taught with US semester credit
 * hours (3 SCH = 6 ECTS). Table B: one home unit recognised automatically, one with conditions.
 */
export const recognitionContent = (overrides: Partial<AgreementContent> = {}): AgreementContent =>
  aContent({
    studiedAbroad: [
      aComponent('KR501', '7.5'),
      aComponent('KR502B', '7.5'),
      aComponent('CS101', '3', { credits: [{ scheme: 'us-semester-credit-hours', value: '3' }] }),
    ],
    recognisedAtHome: [aComponent('UE-MATH-4', '15'), aComponent('UE-CS-2', '6')],
    ...overrides,
  });

export const conditionalUnit = (conditions: string): Component =>
  aComponent('UE-CS-2', '6', { recognitionConditions: conditions });

export const snapshotOf = (content = recognitionContent(), versionNumber = 1): AgreementSnapshot => ({
  versionNumber,
  content,
  contentHash: contentHash(content),
  departedOn: '2026-02-20',
  returnedOn: '2026-07-01',
});

export const line = (code: string, value: string, result: TranscriptLine['result'] = 'passed', scheme = 'ects', localGrade?: string): TranscriptLine => ({
  code,
  credits: { scheme, value },
  result,
  ...(localGrade !== undefined && { localGrade }),
});

export const allPassed = (): TranscriptLine[] => [
  line('KR501', '7.5', 'passed', 'ects', '4.5'),
  line('KR502B', '7.5'),
  line('CS101', '3', 'passed', 'us-semester-credit-hours'),
];

type CommandData<T extends RecognitionCommand['type']> = Omit<Extract<RecognitionCommand, { type: T }>['data'], 'mobilityId'>;

export const recognitionCommand = <T extends RecognitionCommand['type']>(
  type: T,
  actor: Actor,
  data: CommandData<T>,
  now = RETURNED,
): Extract<RecognitionCommand, { type: T }> =>
  ({ type, data: { mobilityId: MOBILITY_ID, ...data }, metadata: { actor, now } }) as unknown as Extract<RecognitionCommand, { type: T }>;

/** The student declared their departure on the snapshot's day: the stay has begun long before RETURNED. */
export const STAY_START = { date: '2026-02-20', source: 'declared' as const };

export const transcriptData = (components = allPassed(), more: Partial<TranscriptData> = {}): TranscriptData => ({
  agreement: snapshotOf(),
  stayStart: STAY_START,
  components,
  conversionRules: [...DEFAULT_CONVERSION_RULES],
  ...more,
});

export const givenRecognition = deciderSpecification(recognitionDecider);
export const recognitionHistory = (...commands: RecognitionCommand[]): RecognitionEvent[] => historyOf(recognitionDecider, commands);
export const recognitionStateOf = (events: RecognitionEvent[]) => stateOf(recognitionDecider, events);
