import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { ErrorBody, FieldError } from './error-body';
import { controlCharacterErrors } from './control-characters';

/**
 * A DTO body must be a JSON object. ValidationPipe lets a primitive through unvalidated
 * (a text or XML body parsed as a string, say), and the handler would then read fields of
 * a string: refused here instead. No string of a body, query or path may hold a control
 * character (HTTP-CONTROL-CHARACTERS), whatever the DTO says; tabs and line breaks only in
 * the fields marked `@FreeText()`.
 */
class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const dto = metadata.type === 'body' && typeof metadata.metatype === 'function' && metadata.metatype !== Object && metadata.metatype !== String;
    if (dto && (typeof value !== 'object' || value === null || Array.isArray(value))) {
      const body: ErrorBody = { statusCode: 400, error: 'BAD_REQUEST', message: 'the body must be a JSON object' };
      throw new BadRequestException(body);
    }
    const transformed: unknown = await super.transform(value, metadata);
    // Custom parameters (the actor, the headers) are not the client's data; an XML body is checked by its schema.
    const checked = metadata.type !== 'custom' && !(metadata.type === 'body' && typeof transformed === 'string');
    const fields = checked ? controlCharacterErrors(transformed, metadata.data ?? '') : [];
    if (fields.length > 0) {
      const body: ErrorBody = {
        statusCode: 400,
        error: 'BAD_REQUEST',
        message: `HTTP-CONTROL-CHARACTERS: ${fields.map((f) => `${f.field}: ${Object.values(f.constraints).join('; ')}`).join(' | ')}`,
        ruleId: 'HTTP-CONTROL-CHARACTERS',
        errors: fields,
      };
      throw new BadRequestException(body);
    }
    return transformed;
  }
}

/** Strict input: unknown fields refused, every invalid field reported with its constraint. */
export function strictValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      const body: ErrorBody = {
        statusCode: 400,
        error: 'BAD_REQUEST',
        message: fields.map((f) => `${f.field}: ${Object.values(f.constraints).join('; ')}`).join(' | '),
        errors: fields,
      };
      return new BadRequestException(body);
    },
  });
}

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, constraints: error.constraints }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
