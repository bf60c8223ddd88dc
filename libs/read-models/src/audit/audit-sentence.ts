import type { AgreementEvent } from '@app/domain';
import { ENGLISH_TRAIL } from './trail-words.en';
import { FRENCH_TRAIL } from './trail-words.fr';
import type { RecordedActor, TrailLanguage, TrailWords } from './trail-words';

export type { RecordedActor, TrailLanguage } from './trail-words';
export { TRAIL_LANGUAGES } from './trail-words';

const WORDS: Record<TrailLanguage, TrailWords> = { en: ENGLISH_TRAIL, fr: FRENCH_TRAIL };

/**
 * "Receiving institution (uw.edu.pl)", "The student": staff by their institution, others by
 * role alone. An agreement has one student, and an account id tells a reader nothing: the
 * trail's entries name the person beside the sentence (`actorNamesOf`).
 */
export function actorWords(actor: RecordedActor, language: TrailLanguage = 'en'): string {
  const words = WORDS[language];
  const who = words.roles[actor.role ?? ''] ?? words.someone;
  const institution = actor.role === 'sending' || actor.role === 'receiving' ? (actor.institution ?? actor.id) : undefined;
  return institution ? `${who} (${institution})` : who;
}

/**
 * One event of an agreement in plain words, for the audit trail: what the event records and
 * nothing more (a signature of a draft or a proposal is not a version; only an approval
 * brings a version into force).
 */
export function auditSentence(event: AgreementEvent, actor: RecordedActor, language: TrailLanguage = 'en'): string {
  const sentence = WORDS[language].sentences[event.type] as (event: AgreementEvent, who: string) => string;
  return sentence(event, actorWords(actor, language));
}
