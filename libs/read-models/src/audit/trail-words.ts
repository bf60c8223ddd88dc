import { type AgreementEvent, type Language, LANGUAGES, type MinorFields } from '@app/domain';

/** The actor as the event's metadata recorded it. */
export interface RecordedActor {
  id?: string;
  role?: string;
  institution?: string;
}

/** The trail speaks the ledger's languages. */
export const TRAIL_LANGUAGES = LANGUAGES;
export type TrailLanguage = Language;

type EventNamed<Type extends AgreementEvent['type']> = Extract<AgreementEvent, { type: Type }>;

/** One sentence per event type: a new event type does not compile until every language tells it. */
export type TrailSentences = { [Type in AgreementEvent['type']]: (event: EventNamed<Type>, who: string) => string };

export interface TrailWords {
  roles: Record<string, string>;
  someone: string;
  sentences: TrailSentences;
}

/** The student's fields an amendment changes, by name only: the trail outlives an erasure (LA-STUDENT). */
export const changedStudentFields = (changes: object | undefined, names: Record<string, string>): string[] =>
  Object.keys(changes ?? {}).map((field) => names[field] ?? field);

const shown = (value: unknown, none: string): string => {
  if (value === undefined) return none;
  if (typeof value === 'string') return value;
  const { name, email } = value as { name?: string; email?: string };
  return `${name ?? ''} <${email ?? ''}>`.trim();
};

/** LA-MINOR: each field changed, from what it was to what it is, in the reader's words. */
export const describeMinorChanges = (changes: MinorFields, previous: MinorFields, names: Record<string, string>, none: string): string =>
  Object.entries(changes)
    .map(([field, value]) => `${names[field] ?? field} ${shown(previous[field as keyof MinorFields], none)} → ${shown(value, none)}`)
    .join('; ');
