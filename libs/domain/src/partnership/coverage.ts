import { AgreementContent } from '../agreement/agreement.content';
import { Coverage } from '../agreement/coverage';
import { PartnershipState } from './partnership.state';
import { CooperationCondition, Iia, MOBILITY_KINDS, MobilityKind } from './partnership.types';
import { startYearOf } from './validate-partnership';

/** What a partnership must cover of a mobility. */
export type MobilityFacts = {
  sendingHeiId: string;
  receivingHeiId: string;
  academicYear: string;
  /** Absent or empty: the subject area restricts nothing. */
  iscedFCode?: string;
  kind: MobilityKind;
};

export const mobilityFactsOf = (content: AgreementContent): MobilityFacts => ({
  sendingHeiId: content.sendingInstitution.heiId,
  receivingHeiId: content.receivingInstitution.heiId,
  academicYear: content.receivingAcademicYear,
  iscedFCode: content.iscedFCode,
  kind: content.mobilityType === 'traineeship' ? 'student-traineeship' : 'student-studies',
});

/** ISCED-F is a hierarchy: a condition on the broad field "05" covers the detailed field "0541". */
const coversSubject = (condition: CooperationCondition, iscedFCode?: string): boolean =>
  !iscedFCode || condition.subjectAreas.length === 0 || condition.subjectAreas.some((area) => iscedFCode.startsWith(area.iscedFCode));

export const coversYear = (condition: CooperationCondition, academicYear: string): boolean => {
  const year = startYearOf(academicYear);
  return year >= startYearOf(condition.firstAcademicYear) && year <= startYearOf(condition.lastAcademicYear);
};

export const conditionCovers = (condition: CooperationCondition, facts: MobilityFacts): boolean =>
  condition.kind === facts.kind &&
  condition.sendingHeiId === facts.sendingHeiId &&
  condition.receivingHeiId === facts.receivingHeiId &&
  coversYear(condition, facts.academicYear) &&
  coversSubject(condition, facts.iscedFCode);

/** The first IIA in effect, and its first condition, that covers the mobility. */
export const coveringCondition = (
  iias: Record<string, Iia>,
  facts: MobilityFacts,
): { iiaKey: string; condition: CooperationCondition } | undefined => {
  for (const [iiaKey, iia] of Object.entries(iias).sort(([a], [b]) => a.localeCompare(b))) {
    if (!iia.inEffect) continue;
    const condition = iia.conditions.find((candidate) => conditionCovers(candidate, facts));
    if (condition) return { iiaKey, condition };
  }
  return undefined;
};

/** The detail a not-covered coverage records: English, as the event keeps it; each language words the facts (coverageGap). */
const recordedDetail = (facts: MobilityFacts): string => {
  const subject = facts.iscedFCode ? `, subject area ${facts.iscedFCode}` : '';
  return `no IIA in effect covers ${facts.kind} mobility from ${facts.sendingHeiId} to ${facts.receivingHeiId} in ${facts.academicYear}${subject}`;
};

const RECORDED_DETAIL = /^no IIA in effect covers (\S+) mobility from (\S+) to (\S+) in (\S+?)(?:, subject area (\S+))?$/;

/**
 * The facts a recorded detail was written from, read back: the detail is `recordedDetail` of
 * them, so they are exact when writing them again gives the same sentence; none otherwise.
 */
export const factsOfRecordedDetail = (detail: string): MobilityFacts | undefined => {
  const match = RECORDED_DETAIL.exec(detail);
  if (!match || !MOBILITY_KINDS.includes(match[1] as MobilityKind)) return undefined;
  const [, kind, sendingHeiId, receivingHeiId, academicYear, iscedFCode] = match;
  const facts: MobilityFacts = { kind: kind as MobilityKind, sendingHeiId, receivingHeiId, academicYear, ...(iscedFCode && { iscedFCode }) };
  return recordedDetail(facts) === detail ? facts : undefined;
};

/** LA-PARTNERSHIP: the partnership between the two institutions covers the mobility, or the agreement is flagged. */
export const coverageOf = (facts: MobilityFacts, partnership: PartnershipState): Coverage => {
  const found = coveringCondition(partnership.iias, facts);
  if (found) return { status: 'covered', partnershipId: partnership.partnershipId!, iiaKey: found.iiaKey };
  return { status: 'not-covered', ruleId: 'LA-PARTNERSHIP', detail: recordedDetail(facts) };
};
