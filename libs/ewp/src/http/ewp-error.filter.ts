import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '@app/domain';
import { IdempotencyKeyReusedError, WrongExpectedRevisionError } from '@app/event-store';
import { STATUS_OF } from '@app/http/errors/domain-error.filter';
import { STALE_COPY_MESSAGE } from '../las/update-command';
import { errorResponseXml } from '../xml/ewp-messages';

/** The status of an error on an EWP route: the same as the rest of the API gives it. */
export const ewpStatusOf = (error: Error): number =>
  error instanceof DomainError
    ? STATUS_OF[error.kind]
    : error instanceof HttpException
      ? error.getStatus()
      : error instanceof IdempotencyKeyReusedError
        ? HttpStatus.UNPROCESSABLE_ENTITY
        : HttpStatus.CONFLICT;

export const ewpUserMessageOf = (error: Error): string =>
  error instanceof DomainError && error.ruleId === 'EWP-LA-PROPOSAL' ? STALE_COPY_MESSAGE : error.message;

/**
 * EWP partners read errors as an `error-response` document, not as the ledger's JSON: same
 * statuses as the rest of the API, the rule id at the head of the developer message, and the
 * user message EWP asks for on a stale proposal.
 */
@Catch(DomainError, WrongExpectedRevisionError, IdempotencyKeyReusedError, HttpException)
export class EwpErrorFilter implements ExceptionFilter {
  catch(error: Error, host: ArgumentsHost): void {
    const status = ewpStatusOf(error);
    const userMessage = ewpUserMessageOf(error);
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(status)
      .type('application/xml')
      .send(errorResponseXml(error.message, userMessage));
  }
}
