import {
  AgreementSnapshot,
  AgreementState,
  ConversionRule,
  DEFAULT_CONVERSION_RULES,
  GradeDistribution,
  SchoolState,
  ruleBroken,
  schoolDecider,
  schoolStreamId,
  versionInForce,
} from '@app/domain';
import { EventStore } from '@app/event-store';
import { loadAgreement } from '@app/agreements';

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
    ? await loadSchool(store, agreementState.current.content.sendingInstitution.heiId)
    : schoolDecider.initialState();
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
    conversionRules: effectiveConversionRules(school),
    homeGradeDistributions: Object.fromEntries(
      Object.entries(school.gradeDistributions).map(([field, distribution]) => [field, distribution.grades]),
    ),
  };
}

/** The school's rules over the documented defaults it was seeded with (CTI-REC-3). */
export function effectiveConversionRules(school: SchoolState): ConversionRule[] {
  const byScheme = new Map(DEFAULT_CONVERSION_RULES.map((rule) => [rule.scheme, rule]));
  Object.values(school.conversionRules).forEach((rule) => byScheme.set(rule.scheme, rule));
  return [...byScheme.values()];
}

/** CTI-REC-1: credits are recognised against the agreement as approved, so there must be one. */
export function requireSnapshot(context: RecognitionContext, mobilityId: string): AgreementSnapshot {
  if (!context.snapshot) {
    throw ruleBroken('CTI-REC-1', `agreement ${mobilityId} has no approved version to read a transcript against`);
  }
  return context.snapshot;
}

async function loadSchool(store: EventStore, schoolId: string): Promise<SchoolState> {
  const recorded = await store.readStream(schoolStreamId(schoolId));
  return recorded.reduce(
    (state, e) => schoolDecider.evolve(state, { type: e.type, data: e.data } as Parameters<typeof schoolDecider.evolve>[1]),
    schoolDecider.initialState(),
  );
}
