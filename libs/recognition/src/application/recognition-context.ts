import {
  AgreementSnapshot,
  AgreementState,
  ConversionRule,
  DEFAULT_CONVERSION_RULES,
  GradeDistribution,
  StayDate,
  ruleBroken,
  stayDatesOf,
  stayStartOf,
  versionInForce,
} from '@app/domain';
import { EventStore, personalDataOf } from '@app/event-store';
import { loadAgreement } from '@app/agreements';
import { loadSchoolSettings } from '@app/mobility';
import { contextRefusal } from './context-refusal-words';

/** What a transcript is read against: the agreement in force and the sending school's settings. */
export interface RecognitionContext {
  agreementState: AgreementState;
  snapshot?: AgreementSnapshot;
  conversionRules: ConversionRule[];
  homeGradeDistributions: Record<string, GradeDistribution>;
  /** The student's content-hash key, to check a scheme 2 snapshot (CTI-LA-4); absent once their data was erased. */
  contentHashKey?: string;
}

export async function loadRecognitionContext(store: EventStore, mobilityId: string): Promise<RecognitionContext> {
  const { state: agreementState } = await loadAgreement(store, mobilityId);
  const inForce = versionInForce(agreementState);
  const school = agreementState.current
    ? await loadSchoolSettings(store, agreementState.current.content.sendingInstitution.heiId)
    : undefined;
  // A check must not give an erased student a new key: without one, a scheme 2 snapshot cannot be checked.
  const contentHashKey =
    inForce?.contentHashScheme === 2
      ? await personalDataOf(store)?.contentHashKey(inForce.content.student.accountId, { create: false })
      : undefined;
  // The stay's actual dates as best known: the host's confirmation outranks a declaration (LA-STAY).
  const { start, end } = stayDatesOf(agreementState);
  const departedOn = start?.source === 'planned' ? undefined : start?.date;
  const returnedOn = end?.source === 'planned' ? undefined : end?.date;
  return {
    agreementState,
    ...(inForce && {
      snapshot: {
        versionNumber: inForce.number,
        content: inForce.content,
        contentHash: inForce.contentHash,
        ...(inForce.contentHashScheme !== undefined && { contentHashScheme: inForce.contentHashScheme }),
        ...(departedOn && { departedOn }),
        ...(returnedOn && { returnedOn }),
      },
    }),
    conversionRules: school?.conversionRules ?? [...DEFAULT_CONVERSION_RULES],
    homeGradeDistributions: Object.fromEntries(
      Object.entries(school?.state.gradeDistributions ?? {}).map(([field, distribution]) => [field, distribution.grades]),
    ),
    ...(contentHashKey !== undefined && { contentHashKey }),
  };
}

/** CTI-REC-1: credits are recognised against the agreement as approved, so there must be one. */
export function requireSnapshot(context: RecognitionContext, mobilityId: string): AgreementSnapshot {
  if (!context.snapshot) {
    throw ruleBroken('CTI-REC-1', contextRefusal('noApprovedAgreement', mobilityId));
  }
  return context.snapshot;
}

/** REC-STAY-BEGUN: the start of the stay as the agreement best knows it, for the decider to compare with the clock. */
export function requireStayStart(context: RecognitionContext, mobilityId: string): StayDate {
  const start = stayStartOf(context.agreementState);
  if (!start) throw ruleBroken('REC-STAY-BEGUN', contextRefusal('stayNotDated', mobilityId));
  return start;
}
