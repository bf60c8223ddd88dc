import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Actor, SchoolState, StudentState, forbidden, invalid, auditsInstitution } from '@app/domain';
import { PROJECTION_STORE } from '../nest/read-models.tokens';
import { ProjectionFeed } from '../feed';
import { ProjectionStore, findDocuments } from '../store';
import { AgreementFacts } from './agreement-facts';
import { AGREEMENT_FACTS, agreementFactsProjection } from './agreement-facts.projection';
import { CohortReport, CohortStudent, cohortReport } from './cohort-report';
import { SCHOOL_SETTINGS, schoolSettingsProjection } from './school-settings.projection';
import { STUDENT_RECORDS, studentRecordsProjection } from './student-records.projection';

/** The CTI cohort indicators of one school and academic year, evaluated on `today`. */
export class GetCohortReport {
  constructor(
    readonly school: string,
    readonly academicYear: string,
    readonly actor: Actor,
    readonly today: string = new Date().toISOString().slice(0, 10),
  ) {}
}

/** Admins read any school; auditors the schools they audit; a school's sending staff their own. */
export function assertMayReadCohort(actor: Actor, school: string): void {
  if (actor.role === 'admin' || auditsInstitution(actor, school)) return;
  if (actor.role === 'sending' && actor.institution === school) return;
  throw forbidden(`${actor.role} ${actor.id} cannot read the cohort report of ${school}`, 'REPORT-SCOPE');
}

/** "2025/2026" -> 2026: the students who graduate at the end of that academic year. */
export function graduationYearOf(academicYear: string): number {
  const [start, end] = academicYear.split('/').map(Number);
  if (end !== start + 1) throw invalid(`academic year ${academicYear} must span two consecutive years`, 'REPORT-YEAR');
  return end;
}

const live = (facts: AgreementFacts) => facts.status !== 'deleted' && facts.status !== 'none';

@QueryHandler(GetCohortReport)
export class GetCohortReportHandler implements IQueryHandler<GetCohortReport, CohortReport> {
  constructor(
    @Inject(PROJECTION_STORE) private readonly store: ProjectionStore,
    private readonly feed: ProjectionFeed,
  ) {}

  async execute({ school, academicYear, actor, today }: GetCohortReport): Promise<CohortReport> {
    assertMayReadCohort(actor, school);
    const graduationYear = graduationYearOf(academicYear);
    await this.feed.catchUp(AGREEMENT_FACTS, STUDENT_RECORDS, SCHOOL_SETTINGS);
    const facts = async (where: Record<string, string>) =>
      (await findDocuments(this.store, agreementFactsProjection, where)).map(({ document }) => document.facts).filter(live);
    const outgoing = await facts({ school, academic_year: academicYear });
    const incoming = await facts({ receiving: school, academic_year: academicYear });
    const graduating = await findDocuments(this.store, studentRecordsProjection, { school_id: school, expected_graduation_year: graduationYear });
    const records = new Map(graduating.map(({ key, document }) => [key, document]));
    const studentIds = [...new Set([...records.keys(), ...outgoing.flatMap((a) => (a.studentId ? [a.studentId] : []))])].sort();
    const settings = new Map<string, Promise<SchoolState | undefined>>();
    const settingsOf = (schoolId: string) => {
      if (!settings.has(schoolId)) settings.set(schoolId, findDocuments(this.store, schoolSettingsProjection, { key: schoolId }).then(([s]) => s?.document));
      return settings.get(schoolId)!;
    };
    const students = await Promise.all(studentIds.map((studentId) => this.student(studentId, records.get(studentId), facts, settingsOf)));
    return cohortReport({ school, academicYear, today, outgoing, incoming, students });
  }

  /** A graduating student's record was read with the cohort; the others' are read here. Each school's settings are read once. */
  private async student(
    studentId: string,
    graduating: StudentState | undefined,
    facts: (where: Record<string, string>) => Promise<AgreementFacts[]>,
    settingsOf: (schoolId: string) => Promise<SchoolState | undefined>,
  ): Promise<CohortStudent> {
    const record = graduating ?? (await findDocuments(this.store, studentRecordsProjection, { key: studentId }))[0]?.document;
    const schoolId = record?.profile?.schoolId;
    const settings = schoolId ? await settingsOf(schoolId) : undefined;
    return {
      studentId,
      ...(record && { record }),
      agreements: await facts({ student_id: studentId }),
      ...(settings && { regulations: settings.regulations }),
    };
  }
}
