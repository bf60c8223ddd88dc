import { StayRecords, emptyStayRecords } from '../student/stay-records';
import { DeclaredStay, StayKind, stayKey } from '../student/student.stay';
import { StayDateSource } from '../agreement/stay-period';
import { AgreementSummary } from './agreement-summary';
import { StayEvaluation } from './mobility-status.types';

/** Agreements and declared stays in one shape, so that one set of rules judges both. */
export type StaySource = Pick<StayEvaluation, 'key' | 'source' | 'id' | 'kind' | 'activity' | 'country' | 'start' | 'end' | 'dateSources' | 'phase'> & {
  group: boolean;
  supervised?: boolean;
  hasInternshipAgreement: boolean;
  agreement?: AgreementSummary;
  records: StayRecords;
};

/** An EWP traineeship or an internship activity is an internship for CTI-MOB-6. */
const agreementKind = ({ activity, mobilityType }: AgreementSummary): StayKind => {
  if (activity === 'internship' || mobilityType === 'traineeship') return 'internship';
  return activity === 'research' ? 'research' : 'studies';
};

type ActualSources = { start: StayDateSource; end: StayDateSource };

/**
 * The end of an underway stay is its planned end: the stay is counted as planned to finish.
 * `actual` says whether the host confirmed an actual date or it was declared (LA-STAY).
 */
const datesOf = (plannedStart: string, plannedEnd: string, actualStart?: string, actualEnd?: string, actual?: ActualSources) => ({
  start: actualStart ?? plannedStart,
  end: actualEnd ?? plannedEnd,
  dateSources: {
    start: actualStart === undefined ? ('planned' as const) : (actual?.start ?? 'declared'),
    end: actualEnd === undefined ? ('planned' as const) : (actual?.end ?? 'declared'),
  },
  phase: actualEnd !== undefined ? ('completed' as const) : actualStart !== undefined ? ('underway' as const) : ('planned' as const),
});

export const fromAgreement = (agreement: AgreementSummary, all: Record<string, StayRecords>): StaySource => {
  const key = stayKey({ mobilityId: agreement.mobilityId });
  const records = all[key] ?? emptyStayRecords();
  return {
    key,
    source: 'agreement',
    id: agreement.mobilityId,
    kind: agreementKind(agreement),
    activity: agreement.activity,
    ...(agreement.receivingCountry !== undefined && { country: agreement.receivingCountry }),
    ...datesOf(agreement.plannedStart, agreement.plannedEnd, agreement.departedOn, agreement.returnedOn, agreement.dateSources),
    group: agreement.stay === 'group',
    hasInternshipAgreement: records.internshipAgreement !== undefined,
    agreement,
    records,
  };
};

export const fromDeclaredStay = (stay: DeclaredStay, all: Record<string, StayRecords>): StaySource => {
  const key = stayKey({ stayId: stay.stayId });
  const records = all[key] ?? emptyStayRecords();
  return {
    key,
    source: 'declared',
    id: stay.stayId,
    kind: stay.kind,
    country: stay.country,
    ...datesOf(stay.plannedStart, stay.plannedEnd, stay.actualStart, stay.actualEnd),
    group: stay.stay === 'group',
    ...(stay.supervised !== undefined && { supervised: stay.supervised }),
    hasInternshipAgreement: stay.internshipAgreement !== undefined || records.internshipAgreement !== undefined,
    records,
  };
};
