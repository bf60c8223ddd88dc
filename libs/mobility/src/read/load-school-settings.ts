import { ConversionRule, DEFAULT_CONVERSION_RULES, SchoolState, schemeKey, schoolDecider, schoolStreamId } from '@app/domain';
import { EventStore, aggregateStream } from '@app/event-store';

export interface SchoolSettings {
  state: SchoolState;
  /** The defaults, each replaced by the school's own rule for the same scheme (CTI-REC-3). */
  conversionRules: ConversionRule[];
  revision: bigint | 'no_stream';
}

export function effectiveConversionRules(school: SchoolState): ConversionRule[] {
  const byScheme = new Map(DEFAULT_CONVERSION_RULES.map((rule) => [schemeKey(rule.scheme), rule]));
  Object.values(school.conversionRules).forEach((rule) => byScheme.set(schemeKey(rule.scheme), rule));
  return [...byScheme.values()];
}

/** A school that configured nothing reads as the defaults, so a status can be evaluated from day one. */
export async function loadSchoolSettings(store: EventStore, schoolId: string): Promise<SchoolSettings> {
  const { state, revision } = await aggregateStream(store, schoolStreamId(schoolId), schoolDecider);
  return { state, conversionRules: effectiveConversionRules(state), revision };
}
