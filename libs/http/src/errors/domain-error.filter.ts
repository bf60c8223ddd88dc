import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, DomainErrorKind } from '@app/domain';
import { DuplicateEventIdError, IdempotencyKeyReusedError, InvalidAppendError, WrongExpectedRevisionError } from '@app/event-store';
import { ErrorBody } from './error-body';

/** The status every edge answers a domain refusal with, JSON here or EWP XML elsewhere. */
export const STATUS_OF: Record<DomainErrorKind, HttpStatus> = {
  invalid: HttpStatus.BAD_REQUEST,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  rule: HttpStatus.UNPROCESSABLE_ENTITY,
};

/** Refusals of the domain and the store become 4xx answers that name the rule. */
@Catch(DomainError, WrongExpectedRevisionError, DuplicateEventIdError, InvalidAppendError, IdempotencyKeyReusedError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: Error, host: ArgumentsHost): void {
    const body = bodyOf(error);
    host.switchToHttp().getResponse<Response>().status(body.statusCode).json(body);
  }
}

function bodyOf(error: Error): ErrorBody {
  if (error instanceof DomainError) {
    const statusCode = STATUS_OF[error.kind];
    return { statusCode, error: HttpStatus[statusCode], message: error.message, ...(error.ruleId && { ruleId: error.ruleId }) };
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
