import {
  Actor,
  AgreementState,
  AgreementSummary as MobilityAgreement,
  MobilityFacts,
  Party,
  studentName,
} from '@app/domain';
import { allows } from '@app/http';
import { agreementRelationOf } from './agreement-relation';

/** One line of the agreements list. */
export interface AgreementSummary {
  mobilityId: string;
  status: AgreementState['status'];
  studentAccountId: string;
  studentName: string;
  sendingInstitution: string;
  receivingInstitution: string;
  receivingAcademicYear: string;
  versionInForce: number | null;
  awaiting: string | null;
}

/**
 * One agreement as the lists read it, kept up to date by a projection: the list's fields, the
 * stay the mobility status evaluates, and the facts a partnership's quota counts.
 */
export interface AgreementEntry {
  mobilityId: string;
  status: AgreementState['status'];
  student: { accountId: string; givenNames: string; familyName: string };
  sendingInstitution: string;
  receivingInstitution: string;
  receivingAcademicYear: string;
  versionInForce: number | null;
  awaiting: Party | null;
  /** Absent for a deleted draft: no stay at all. */
  mobility?: MobilityAgreement;
  /** Present while the agreement counts against a quota (LA-PARTNERSHIP). */
  counted?: MobilityFacts;
}

export interface SummaryFilter {
  status?: string;
  student?: string;
  institution?: string;
}

const parties = (entry: AgreementEntry) => ({
  student: entry.student,
  sendingInstitution: { heiId: entry.sendingInstitution },
  receivingInstitution: { heiId: entry.receivingInstitution },
});

const matches = (entry: AgreementEntry, filter: SummaryFilter): boolean =>
  (!filter.status || entry.status === filter.status) &&
  (!filter.student || entry.student.accountId === filter.student) &&
  (!filter.institution || entry.sendingInstitution === filter.institution || entry.receivingInstitution === filter.institution);

/** `localeCompare`'s order, with the collator built once rather than for every comparison. */
const byName = new Intl.Collator();

export const summaryOf = (entry: AgreementEntry): AgreementSummary => ({
  mobilityId: entry.mobilityId,
  status: entry.status,
  studentAccountId: entry.student.accountId,
  studentName: studentName(entry.student),
  sendingInstitution: entry.sendingInstitution,
  receivingInstitution: entry.receivingInstitution,
  receivingAcademicYear: entry.receivingAcademicYear,
  versionInForce: entry.versionInForce,
  awaiting: entry.awaiting,
});

/**
 * The agreements list and what other features read of many agreements at once, served by the
 * read models (the `agreement_directory` projection) and up to date with every command
 * appended before the call. Implementations find the candidate entries through their indexes;
 * the access matrix and the filter are applied here, item by item, whatever they return.
 */
export abstract class AgreementSummaries {
  /** Entries of agreements that may match the filter, the student's names as stored; a superset is fine. */
  protected abstract candidates(actor: Actor, filter: SummaryFilter): Promise<AgreementEntry[]>;

  /** The same entries with the student's names opened (erased ones read as erased). */
  protected abstract withNames(entries: AgreementEntry[]): Promise<AgreementEntry[]>;

  /**
   * The matrix's read row (LA-PARTY), item by item: a listing never shows another party's
   * agreement. Names are opened only for the entries it keeps.
   */
  async entries(actor: Actor, filter: SummaryFilter): Promise<AgreementEntry[]> {
    const found = await this.candidates(actor, filter);
    return this.withNames(found.filter((entry) => matches(entry, filter) && allows('agreement.read', actor.role, agreementRelationOf(actor, parties(entry)))));
  }

  async list(actor: Actor, filter: SummaryFilter): Promise<AgreementSummary[]> {
    return (await this.entries(actor, filter))
      .map(summaryOf)
      .sort((a, b) => byName.compare(a.studentName, b.studentName) || byName.compare(a.mobilityId, b.mobilityId));
  }
}
