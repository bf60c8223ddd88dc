import { AgreementCommand, recognitionStreamId, studentStreamId } from '@app/domain';
import { line, recognitionCommand, recognitionHistory, transcriptData } from '@app/domain/recognition/testing';
import { aProfile, schoolStaff, studentCommand, studentHistory } from '@app/domain/student/student.fixtures';
import {
  LATER,
  MOBILITY_ID,
  approvalCommands,
  command,
  proposeCommand,
  receivingStaff,
  rejectAmendmentCommand,
  sendingStaff,
  signAmendmentCommand,
  student,
} from '@app/domain/testing';
import { documentsInMemory } from '../projection';
import { recordedAgreement, recordedStream } from '../testing';
import { agreementFactsProjection } from './agreement-facts.projection';
import { studentRecordsProjection } from './student-records.projection';

const amended: AgreementCommand[] = [
  ...approvalCommands(),
  proposeCommand(),
  ...[student, sendingStaff, receivingStaff].map((by) => signAmendmentCommand(by)),
  command('RecordDeparture', student, { date: '2026-02-20' }, LATER),
  command('RecordReturn', sendingStaff, { date: '2026-07-10' }, '2026-07-11T09:00:00.000Z'),
];
const transcript = recognitionHistory(
  recognitionCommand('RecordTranscript', receivingStaff, transcriptData([line('KR501', '7.5'), line('KR502B', '7.5', 'failed'), line('CS101', '3', 'passed', 'us-semester-credit-hours')])),
  recognitionCommand('RecordRemedy', sendingStaff, { componentCode: 'KR502B', kind: 'home-component', description: 'UE-MATH-4 oral session' }),
  recognitionCommand('CloseRemedy', sendingStaff, { componentCode: 'KR502B', outcome: 'succeeded', ectsObtained: '7.5' }),
);
const factsOf = (events = recordedAgreement(amended)) => documentsInMemory(agreementFactsProjection, events)[MOBILITY_ID].facts;

describe('agreement_facts document projection', () => {
  it('CTI-LA-1: a departure before version 1 is approved is a finding, not a signature before departure', () => {
    const facts = factsOf(recordedAgreement([approvalCommands()[0], command('RecordDeparture', sendingStaff, { date: '2026-01-10' }), ...approvalCommands().slice(1)]));
    expect(facts).toMatchObject({ approved: true, departedOn: '2026-01-10', signedByAllBeforeDeparture: false, findings: ['CTI-LA-1'] });
  });

  it('CTI-LA-3: an approved amendment makes version 2, modified after approval, with table A of version 2 planned', () => {
    expect(factsOf()).toMatchObject({
      studentId: 'acc-ivan',
      sendingHeiId: 'insa-lyon.fr',
      receivingHeiId: 'uw.edu.pl',
      receivingAcademicYear: '2025/2026',
      versionInForce: 2,
      modifiedAfterApproval: true,
      latestVersion: 'approved',
      signedByAllBeforeDeparture: true,
      findings: [],
      plannedEcts: '15',
      lengthenedCurriculum: ['late-return'],
      summary: { mobilityId: MOBILITY_ID, approved: true, departedOn: '2026-02-20', returnedOn: '2026-07-10', receivingCountry: 'PL', stay: 'individual' },
    });
  });

  it('CTI-LA-3: the latest proposal rejected, or still open, is what the EWP counters report', () => {
    const proposed = [...approvalCommands(), proposeCommand()];
    expect(factsOf(recordedAgreement(proposed)).latestVersion).toBe('awaiting');
    expect(factsOf(recordedAgreement([...proposed, rejectAmendmentCommand()]))).toMatchObject({ latestVersion: 'rejected', modifiedAfterApproval: false });
    expect(factsOf(recordedAgreement(approvalCommands().slice(0, 2))).latestVersion).toBe('awaiting');
  });

  it('CTI-REC-1 and CTI-REC-5: folds the recognition stream beside the agreement: automatic ECTS apart from remedies', () => {
    const agreement = recordedAgreement(amended);
    const recognition = recordedStream(recognitionStreamId(MOBILITY_ID), transcript, 100n);
    expect(factsOf([...agreement, ...recognition]).recognition).toEqual({
      status: 'complete',
      recognisedEcts: '21',
      automaticEcts: '13.5',
      recognisedBeyondPlanEcts: '0',
      failedComponents: 1,
      remedied: 1,
    });
  });

  it('gives the same documents when every event is delivered twice', () => {
    const events = [...recordedAgreement(amended), ...recordedStream(recognitionStreamId(MOBILITY_ID), transcript, 100n)];
    const once = documentsInMemory(agreementFactsProjection, events);
    expect(documentsInMemory(agreementFactsProjection, events.flatMap((event) => [event, event]))).toEqual(once);
    expect(documentsInMemory(agreementFactsProjection, [...events, ...events])).toEqual(once);
  });
});

describe('student_records document projection', () => {
  const events = recordedStream(
    studentStreamId('acc-ivan'),
    studentHistory(
      studentCommand('RecordProfile', schoolStaff, { profile: aProfile() }),
      studentCommand('RecordLowCarbonTravel', student, { stay: { mobilityId: MOBILITY_ID }, journey: 'outbound', days: 2, mode: 'train' }),
      studentCommand('GrantDerogation', schoolStaff, { reason: 'medical', decidedBy: 'jury des études' }),
    ),
  );

  it('CTI-MOB-2 and CTI-MOB-8: keeps the student decider state: profile, per-stay records, derogation', () => {
    const record = documentsInMemory(studentRecordsProjection, events)['acc-ivan'];
    expect(record).toMatchObject({
      studentId: 'acc-ivan',
      profile: { schoolId: 'insa-lyon.fr', expectedGraduationYear: 2027 },
      records: { [`mobility:${MOBILITY_ID}`]: { lowCarbonTravel: { outbound: { days: 2, mode: 'train' } } } },
      derogation: { reason: 'medical' },
    });
  });

  it('gives the same documents when every event is delivered twice', () => {
    expect(documentsInMemory(studentRecordsProjection, events.flatMap((event) => [event, event]))).toEqual(documentsInMemory(studentRecordsProjection, events));
  });
});
