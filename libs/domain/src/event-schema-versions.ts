/**
 * The schema version each event type is written with now; a type not listed is at 1. Raise a
 * type's version when its data changes shape, and upcast the older versions on read: events
 * are never rewritten.
 */
const EVENT_SCHEMA_VERSIONS: Readonly<Record<string, number>> = {
  // 2: answers by question id with their kind, and the version of the school's questions answered.
  SurveyAnswered: 2,
};

export const schemaVersionOf = (type: string): number => EVENT_SCHEMA_VERSIONS[type] ?? 1;
