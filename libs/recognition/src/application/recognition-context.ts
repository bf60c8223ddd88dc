import {
  AgreementSnapshot,
  AgreementState,
  ConversionRule,
  DEFAULT_CONVERSION_RULES,
  GradeDistribution,
  ruleBroken,
  versionInForce,
} from '@app/domain';
import { EventStore } from '@app/event-store';
import { loadAgreement } from '@app/agreements';
import { loadSchoolSettings } from '@app/mobility';

/** What a transcript is read against: the agreement in force and the sending school's settings. */
export interface RecognitionContext {
  agreementState: AgreementState;
  snapshot?: AgreementSnapshot;
  conversionRules: ConversionRule[];
  homeGradeDistributions: Record<string, GradeDistribution>;
}

export async function loadRecognitionContext(store: EventStore, mobilityId: string): Promise<RecognitionContext> {
  const { state: agreementState } = await loadAgreement(store, mobilityId);
  const inForce = versionInForce(agreementState);
  const school = agreementState.current
    ? await loadSchoolSettings(store, agreementState.current.content.sendingInstitution.heiId)
    : undefined;
  return {
    agreementState,
    ...(inForce && {
      snapshot: {
        versionNumber: inForce.number,
        content: inForce.content,
        contentHash: inForce.contentHash,
        ...(agreementState.departedOn && { departedOn: agreementState.departedOn }),
        ...(agreementState.returnedOn && { returnedOn: agreementState.returnedOn }),
      },
    }),
    conversionRules: school?.conversionRules ?? [...DEFAULT_CONVERSION_RULES],
    homeGradeDistributions: Object.fromEntries(
      Object.entries(school?.state.gradeDistributions ?? {}).map(([field, distribution]) => [field, distribution.grades]),
    ),
  };
}

/** CTI-REC-1: credits are recognised against the agreement as approved, so there must be one. */
export function requireSnapshot(context: RecognitionContext, mobilityId: string): AgreementSnapshot {
  if (!context.snapshot) {
    throw ruleBroken('CTI-REC-1', `agreement ${mobilityId} has no approved version to read a transcript against`);
  }
  return context.snapshot;
}
