import { AgreementContent } from '../agreement/agreement.content';
import { Coverage } from '../agreement/coverage';
import { PartnershipState } from './partnership.state';
import { CooperationCondition, Iia, MobilityKind } from './partnership.types';
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

/** LA-PARTNERSHIP: the partnership between the two institutions covers the mobility, or the agreement is flagged. */
export const coverageOf = (facts: MobilityFacts, partnership: PartnershipState): Coverage => {
  const found = coveringCondition(partnership.iias, facts);
  if (found) return { status: 'covered', partnershipId: partnership.partnershipId!, iiaKey: found.iiaKey };
  const subject = facts.iscedFCode ? `, subject area ${facts.iscedFCode}` : '';
  return {
    status: 'not-covered',
    ruleId: 'LA-PARTNERSHIP',
    detail: `no IIA in effect covers ${facts.kind} mobility from ${facts.sendingHeiId} to ${facts.receivingHeiId} in ${facts.academicYear}${subject}`,
  };
};
