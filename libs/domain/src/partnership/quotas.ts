import { CooperationCondition } from './partnership.types';
import { MobilityFacts, conditionCovers, coversYear } from './coverage';
import { PartnershipState } from './partnership.state';

/** One condition in effect for the year: the mobilities agreed and those used by learning agreements under it. */
export type QuotaLine = {
  iiaKey: string;
  kind: CooperationCondition['kind'];
  sendingHeiId: string;
  receivingHeiId: string;
  subjectAreas: string[];
  agreed: number;
  used: number;
  /** Agreed minus used; negative when more agreements were drafted than agreed. */
  left: number;
  totalMonthsPerYear?: string;
};

/**
 * The quotas of a partnership for an academic year. Each mobility counts once, against the
 * first condition (by IIA key, then order) that covers it, as the drafting check picks it.
 */
export const partnershipQuotas = (partnership: PartnershipState, academicYear: string, mobilities: MobilityFacts[]): QuotaLine[] => {
  const lines = Object.entries(partnership.iias)
    .sort(([a], [b]) => a.localeCompare(b))
    .filter(([, iia]) => iia.inEffect)
    .flatMap(([iiaKey, iia]) => iia.conditions.map((condition) => ({ iiaKey, condition })))
    .filter(({ condition }) => condition.kind.startsWith('student-') && coversYear(condition, academicYear));
  const used = lines.map(() => 0);
  for (const mobility of mobilities.filter((facts) => facts.academicYear === academicYear)) {
    const index = lines.findIndex(({ condition }) => conditionCovers(condition, mobility));
    if (index >= 0) used[index] += 1;
  }
  return lines.map(({ iiaKey, condition }, index) => ({
    iiaKey,
    kind: condition.kind,
    sendingHeiId: condition.sendingHeiId,
    receivingHeiId: condition.receivingHeiId,
    subjectAreas: condition.subjectAreas.map((area) => area.iscedFCode),
    agreed: condition.mobilitiesPerYear,
    used: used[index],
    left: condition.mobilitiesPerYear - used[index],
    ...(condition.totalMonthsPerYear !== undefined && { totalMonthsPerYear: condition.totalMonthsPerYear }),
  }));
};
