import type { AgreementEvent } from '@app/domain';

/** The actor as the event's metadata recorded it. */
export interface RecordedActor {
  id?: string;
  role?: string;
  institution?: string;
}

export const TRAIL_LANGUAGES = ['en', 'fr'] as const;
export type TrailLanguage = (typeof TRAIL_LANGUAGES)[number];

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
