import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { Language, LANGUAGES } from '@app/domain';
import { ErrorBody, FieldError } from './error-body';
import { controlCharacterErrors } from './control-characters';
import { constraintsIn } from './field-sentences';
import { SaidBadRequest } from './said-bad-request';

/** The message of a 400 that lists fields: each field with what it broke. */
const listed = (fields: FieldError[]): string => fields.map((f) => `${f.field}: ${Object.values(f.constraints).join('; ')}`).join(' | ');

/** One 400 body per language, built by `body`. */
const inEachLanguage = (body: (language: Language) => ErrorBody): SaidBadRequest =>
  new SaidBadRequest(Object.fromEntries(LANGUAGES.map((language) => [language, body(language)])) as Record<Language, ErrorBody>);

const NOT_AN_OBJECT: Record<Language, string> = { en: 'the body must be a JSON object', fr: 'le corps de la requête doit être un objet JSON' };

/**
 * A DTO body must be a JSON object. ValidationPipe lets a primitive through unvalidated
 * (a text or XML body parsed as a string, say), and the handler would then read fields of
 * a string: refused here instead. No string of a body, query or path may hold a control
 * character (HTTP-CONTROL-CHARACTERS), whatever the DTO says; tabs and line breaks only in
 * the fields marked `@FreeText()`. Every refusal is said in the reader's language.
 */
class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const dto = metadata.type === 'body' && typeof metadata.metatype === 'function' && metadata.metatype !== Object && metadata.metatype !== String;
    if (dto && (typeof value !== 'object' || value === null || Array.isArray(value))) {
      throw inEachLanguage((language) => ({ statusCode: 400, error: 'BAD_REQUEST', message: NOT_AN_OBJECT[language] }));
    }
    const transformed: unknown = await super.transform(value, metadata);
    // Custom parameters (the actor, the headers) are not the client's data; an XML body is checked by its schema.
    const checked = metadata.type !== 'custom' && !(metadata.type === 'body' && typeof transformed === 'string');
    const refused = checked ? controlCharacterErrors(transformed, metadata.data ?? '') : [];
    if (refused.length > 0) {
      throw inEachLanguage((language) => {
        const fields = refused.map(({ field, said }) => ({ field, constraints: said[language] }));
        return { statusCode: 400, error: 'BAD_REQUEST', message: `HTTP-CONTROL-CHARACTERS: ${listed(fields)}`, ruleId: 'HTTP-CONTROL-CHARACTERS', errors: fields };
      });
    }
    return transformed;
  }
}

/** Strict input: unknown fields refused, every invalid field reported with its constraint, in the reader's language. */
export function strictValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // The object a field belongs to: its DTO's decorators give the parameters a French sentence needs (field-sentences.ts).
    validationError: { target: true },
    exceptionFactory: (errors) =>
      inEachLanguage((language) => {
        const fields = flatten(errors, language);
        return { statusCode: 400, error: 'BAD_REQUEST', message: listed(fields), errors: fields };
      }),
  });
}

function flatten(errors: ValidationError[], language: Language, parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, constraints: constraintsIn(error, language) }] : [];
    return [...own, ...flatten(error.children ?? [], language, field)];
  });
}
