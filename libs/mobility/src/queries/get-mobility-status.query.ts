import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Actor, AgreementSummary, Language, MOBILITY_WORDS, MobilityEvaluation, evaluateMobilityStatus, mobilityAgreementOf, requireProfile } from '@app/domain';
import { AgreementSummaries } from '@app/kernel';
import { EventStore, InjectEventStore } from '@app/event-store';
import { findAgreements } from '../read/find-agreements';
import { loadSchoolSettings } from '../read/load-school-settings';
import { loadReadableStudent } from '../read/readable-student';

export type MobilityStatusView = { studentId: string; schoolId: string; today: string } & MobilityEvaluation;

/** The student's mobility requirement as of `today` (YYYY-MM-DD), from the student, school and agreement streams, said in `language`. */
export class GetMobilityStatus {
  constructor(
    readonly studentId: string,
    readonly actor: Actor,
    readonly today: string,
    readonly language: Language = 'en',
  ) {}
}

@QueryHandler(GetMobilityStatus)
export class GetMobilityStatusHandler implements IQueryHandler<GetMobilityStatus, MobilityStatusView> {
  constructor(
    @InjectEventStore() private readonly store: EventStore,
    private readonly summaries: AgreementSummaries,
  ) {}

  async execute({ studentId, actor, today, language }: GetMobilityStatus): Promise<MobilityStatusView> {
    const student = await loadReadableStudent(this.store, studentId, actor, 'read-status');
    const profile = requireProfile(student.state, studentId);
    const [school, agreements] = await Promise.all([
      loadSchoolSettings(this.store, profile.schoolId),
      findAgreements(this.summaries, this.store, { student: studentId }),
    ]);
    const evaluation = evaluateMobilityStatus({
      profile,
      regulations: school.state.regulations,
      agreements: agreements.map(mobilityAgreementOf).filter((a): a is AgreementSummary => a !== undefined),
      declaredStays: Object.values(student.state.stays),
      records: student.state.records,
      ...(student.state.derogation && { derogation: student.state.derogation }),
      today,
    }, MOBILITY_WORDS[language]);
    return { studentId, schoolId: profile.schoolId, today, ...evaluation };
  }
}
