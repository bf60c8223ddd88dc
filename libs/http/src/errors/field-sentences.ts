import type { ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import type { Language } from '@app/domain';
import { FRENCH_CONSTRAINTS } from './constraint-words.fr';

/** A DTO's own sentence for a constraint, in each language: `@Matches(X, saidAs({ en, fr }))`. */
export const saidAs = (said: Readonly<Record<Language, string>>) => ({ message: said.en, context: { said } });

/** The constraint `name` of `target.property` as the DTO declared it: its parameters, and whether it applies to each item. */
const declared = (target: object | undefined, property: string, name: string): ValidationMetadata | undefined => {
  if (!target || typeof target.constructor !== 'function' || Array.isArray(target)) return undefined;
  return getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((metadata) => metadata.propertyName === property && (metadata.name ?? metadata.type) === name);
};

/** Constraints whose sentence needs nothing of the decorator: said without its metadata. */
const WITHOUT_METADATA = new Set(['whitelistValidation', 'nestedValidation', 'unknownValue']);

/**
 * One broken constraint of `error` said in French: the DTO's own sentence (`saidAs`) when it
 * has one, else class-validator's by constraint name with the decorator's parameters. English
 * when neither is known, so that an unforeseen constraint still names its field.
 */
const inFrench = (error: ValidationError, name: string, english: string): string => {
  const own = (error.contexts?.[name] as { said?: Record<Language, string> } | undefined)?.said?.fr;
  if (own !== undefined) return own;
  const sentence = FRENCH_CONSTRAINTS[name];
  if (!sentence) return english;
  if (WITHOUT_METADATA.has(name)) return sentence(error.property, []);
  const metadata = declared(error.target, error.property, name);
  // A custom English message with no French beside it, or a constraint we cannot read back: English.
  if (!metadata || metadata.message !== undefined) return english;
  const value: unknown = (error.target as Record<string, unknown>)[error.property];
  const subject = metadata.each && Array.isArray(value) ? `chaque valeur de ${error.property}` : error.property;
  return sentence(subject, metadata.constraints ?? []);
};

/** The constraints `error` broke, each said in `language`, keyed by constraint name as class-validator keys them. */
export const constraintsIn = (error: ValidationError, language: Language): Record<string, string> =>
  Object.fromEntries(
    Object.entries(error.constraints ?? {}).map(([name, english]) => [name, language === 'en' ? english : inFrench(error, name, english)]),
  );
