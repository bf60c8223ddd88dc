import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError, Language } from '@app/domain';
import { IdempotencyKeyReusedError, WrongExpectedRevisionError } from '@app/event-store';
import { STATUS_OF } from '@app/http/errors/domain-error.filter';
import { readerLanguageOf } from '@app/http';
import { EWP_REFUSAL_WORDS } from '../ewp-refusal-words';
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

/** The user message in `language` where the refusal says it in each; English otherwise. */
const userMessageIn = (error: Error, language: Language): string => {
  if (!(error instanceof DomainError) || !error.said) return ewpUserMessageOf(error);
  if (error.ruleId === 'EWP-LA-PROPOSAL') return EWP_REFUSAL_WORDS[language].staleCopy();
  return error.ruleId ? `${error.ruleId}: ${error.said[language]}` : error.said[language];
};

/**
 * The ledger's EWP routes (a coordinator's import, export or update) answer errors as an
 * `error-response` document, not as the ledger's JSON: same statuses as the rest of the API,
 * the rule id at the head of the developer message (English, for developers), and the user
 * message in the reader's language (Accept-Language), the one EWP asks for on a stale proposal.
 */
@Catch(DomainError, WrongExpectedRevisionError, IdempotencyKeyReusedError, HttpException)
export class EwpErrorFilter implements ExceptionFilter {
  catch(error: Error, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const status = ewpStatusOf(error);
    const userMessage = userMessageIn(error, readerLanguageOf(http.getRequest<Request>()));
    http
      .getResponse<Response>()
      .status(status)
      .type('application/xml')
      .send(errorResponseXml(error.message, userMessage));
  }
}
