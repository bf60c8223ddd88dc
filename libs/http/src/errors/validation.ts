import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { ErrorBody, FieldError } from './error-body';

/** Strict input: unknown fields refused, every invalid field reported with its constraint. */
export function strictValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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
