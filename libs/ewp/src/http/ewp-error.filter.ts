import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '@app/domain';
import { IdempotencyKeyReusedError, WrongExpectedRevisionError } from '@app/event-store';
import { STATUS_OF } from '@app/http/errors/domain-error.filter';
import { STALE_COPY_MESSAGE } from '../las/update-command';
import { errorResponseXml } from '../xml/ewp-messages';

/**
 * EWP partners read errors as an `error-response` document, not as the ledger's JSON: same
 * statuses as the rest of the API, the rule id at the head of the developer message, and the
 * user message EWP asks for on a stale proposal.
 */
@Catch(DomainError, WrongExpectedRevisionError, IdempotencyKeyReusedError, HttpException)
export class EwpErrorFilter implements ExceptionFilter {
  catch(error: Error, host: ArgumentsHost): void {
    const status =
      error instanceof DomainError
        ? STATUS_OF[error.kind]
        : error instanceof HttpException
          ? error.getStatus()
          : error instanceof IdempotencyKeyReusedError
            ? HttpStatus.UNPROCESSABLE_ENTITY
            : HttpStatus.CONFLICT;
    const userMessage =
      error instanceof DomainError && error.ruleId === 'EWP-LA-PROPOSAL' ? STALE_COPY_MESSAGE : error.message;
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(status)
      .type('application/xml')
      .send(errorResponseXml(error.message, userMessage));
  }
}
