import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError, DomainErrorKind, Language } from '@app/domain';
import { DuplicateEventIdError, IdempotencyKeyReusedError, InvalidAppendError, WrongExpectedRevisionError } from '@app/event-store';
import { ErrorBody, FieldError } from './error-body';
import { readerLanguageOf } from '../reader-language';

/** The status every edge answers a domain refusal with, JSON here or EWP XML elsewhere. */
export const STATUS_OF: Record<DomainErrorKind, HttpStatus> = {
  invalid: HttpStatus.BAD_REQUEST,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  rule: HttpStatus.UNPROCESSABLE_ENTITY,
};

/** Refusals of the domain and the store become 4xx answers that name the rule, in the reader's language where the refusal tells it. */
@Catch(DomainError, WrongExpectedRevisionError, DuplicateEventIdError, InvalidAppendError, IdempotencyKeyReusedError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: Error, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const body = bodyOf(error, readerLanguageOf(http.getRequest<Request>()));
    // Typed explicitly: a route that labels its answer (XML, CSV) before deciding would otherwise label the refusal too.
    http.getResponse<Response>().status(body.statusCode).type('application/json').json(body);
  }
}

/** The refusal's message said in `language`, prefixed with its rule as in every language. */
const messageIn = (error: DomainError, language: Language): string => {
  const detail = error.said?.[language];
  if (detail === undefined) return error.message;
  return error.ruleId ? `${error.ruleId}: ${detail}` : detail;
};

/**
 * The fields a refusal names, listed as a 400 lists the fields class-validator refuses (one
 * entry a field, its sentences keyed by the rule), each sentence prefixed with the rule.
 */
const fieldsIn = (error: DomainError, language: Language): FieldError[] => {
  const rule = error.ruleId ?? 'refusal';
  const byField = new Map<string, string[]>();
  for (const { field, said } of error.fields) byField.set(field, [...(byField.get(field) ?? []), said[language]]);
  return [...byField].map(([field, sentences]) => ({ field, constraints: { [rule]: error.ruleId ? `${error.ruleId}: ${sentences.join('; ')}` : sentences.join('; ') } }));
};

function bodyOf(error: Error, language: Language): ErrorBody {
  if (error instanceof DomainError) {
    const statusCode = STATUS_OF[error.kind];
    return {
      statusCode,
      error: HttpStatus[statusCode],
      message: messageIn(error, language),
      ...(error.ruleId && { ruleId: error.ruleId }),
      ...(error.fields.length > 0 && { errors: fieldsIn(error, language) }),
    };
  }
  if (error instanceof IdempotencyKeyReusedError) {
    return { statusCode: 422, error: 'UNPROCESSABLE_ENTITY', message: error.message, ruleId: error.ruleId };
  }
  if (error instanceof InvalidAppendError) {
    return { statusCode: 400, error: 'BAD_REQUEST', message: error.message };
  }
  // Still conflicting after the handler decided again on fresh state: the client retries.
  return { statusCode: 409, error: 'CONFLICT', message: error.message };
}
