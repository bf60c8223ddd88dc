import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Actor, forbidden, invalid, auditsInstitution } from '@app/domain';
import { EventStore, InjectEventStore } from '@app/event-store';
import { PROJECTION_STORE } from '../nest/read-models.tokens';
import { ProjectionFeed } from '../feed';
import { DocumentProjection, Where } from '../projection';
import { ProjectionStore, findDocuments } from '../store';
import { AgreementFacts } from './agreement-facts';
import { AGREEMENT_FACTS, agreementFactsProjection } from './agreement-facts.projection';
import { CohortReport, cohortReport } from './cohort-report';
import { cohortStudents } from './cohort-students';
import { SCHOOL_SETTINGS, schoolSettingsProjection } from './school-settings.projection';
import { STUDENT_RECORDS, studentRecordsProjection } from './student-records.projection';
import { loadSurveyFigures } from './survey-responses';
import { reportRefusal } from './report-refusal-words';

/** The CTI cohort indicators of one school and academic year, evaluated on `today` (the ledger's clock). */
export class GetCohortReport {
  constructor(
    readonly school: string,
    readonly academicYear: string,
    readonly actor: Actor,
    readonly today: string,
  ) {}
}

/** Admins read any school; auditors the schools they audit; a school's sending staff their own. */
export function assertMayReadCohort(actor: Actor, school: string): void {
  if (actor.role === 'admin' || auditsInstitution(actor, school)) return;
  if (actor.role === 'sending' && actor.institution === school) return;
  throw forbidden(reportRefusal('reportOutOfScope', actor.role, actor.id, school), 'REPORT-SCOPE');
}

/** "2025/2026" -> 2026: the students who graduate at the end of that academic year. */
export function graduationYearOf(academicYear: string): number {
  const [start, end] = academicYear.split('/').map(Number);
  if (end !== start + 1) throw invalid(reportRefusal('academicYearSpan', academicYear), 'REPORT-YEAR');
  return end;
}

const live = (facts: AgreementFacts) => facts.status !== 'deleted' && facts.status !== 'none';

/**
 * Six queries whatever the cohort's size, each through an index of its table: the year's
 * outgoing and incoming agreements, the graduating students' records, then for every student
 * of the cohort at once their other records, all their agreements, and their schools' settings;
 * and two for the survey's figures (the outgoing students' records, the school's settings).
 */
@QueryHandler(GetCohortReport)
export class GetCohortReportHandler implements IQueryHandler<GetCohortReport, CohortReport> {
  constructor(
    @Inject(PROJECTION_STORE) private readonly store: ProjectionStore,
    private readonly feed: ProjectionFeed,
    @InjectEventStore() private readonly events: EventStore,
  ) {}

  async execute({ school, academicYear, actor, today }: GetCohortReport): Promise<CohortReport> {
    assertMayReadCohort(actor, school);
    const graduationYear = graduationYearOf(academicYear);
    await this.feed.catchUp(AGREEMENT_FACTS, STUDENT_RECORDS, SCHOOL_SETTINGS);
    const [outgoing, incoming, graduating] = await Promise.all([
      this.facts({ school, academic_year: academicYear }),
      this.facts({ receiving: school, academic_year: academicYear }),
      this.documents(studentRecordsProjection, { school_id: school, expected_graduation_year: graduationYear }),
    ]);
    const records = new Map(graduating);
    const studentIds = [...new Set([...records.keys(), ...outgoing.flatMap((a) => (a.studentId ? [a.studentId] : []))])].sort();
    const others = studentIds.filter((studentId) => !records.has(studentId));
    const [otherRecords, agreements] = await Promise.all([
      others.length ? this.documents(studentRecordsProjection, { key: others }) : [],
      studentIds.length ? this.facts({ student_id: studentIds }) : [],
    ]);
    otherRecords.forEach(([studentId, record]) => records.set(studentId, record));
    const schoolIds = [...new Set([...records.values()].flatMap((record) => (record.profile?.schoolId ? [record.profile.schoolId] : [])))];
    const settings = new Map(schoolIds.length ? await this.documents(schoolSettingsProjection, { key: schoolIds }) : []);
    const students = cohortStudents(studentIds, records, agreements, settings);
    const surveys = await loadSurveyFigures(this.store, this.events, school, academicYear, outgoing);
    return cohortReport({ school, academicYear, today, outgoing, incoming, students, surveys });
  }

  private async facts(where: Where): Promise<AgreementFacts[]> {
    return (await findDocuments(this.store, agreementFactsProjection, where)).map(({ document }) => document.facts).filter(live);
  }

  private async documents<Document>(projection: DocumentProjection<Document>, where: Where): Promise<Array<[string, Document]>> {
    return (await findDocuments(this.store, projection, where)).map(({ key, document }) => [key, document]);
  }
}
