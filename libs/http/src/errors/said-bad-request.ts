import { ArgumentsHost, BadRequestException, Catch, ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Language } from '@app/domain';
import { readerLanguageOf } from '../reader-language';
import { ErrorBody } from './error-body';

/**
 * A 400 whose body is written in every language the ledger speaks: pipes refuse before any
 * handler knows the request's reader, so the filter below picks the body for them. English is
 * the exception's own response, as for a client that asks for no language.
 */
export class SaidBadRequest extends BadRequestException {
  constructor(readonly bodies: Readonly<Record<Language, ErrorBody>>) {
    super(bodies.en);
  }
}

/** Answers a SaidBadRequest in the reader's language (Accept-Language, or `?lang=`). */
@Catch(SaidBadRequest)
export class SaidBadRequestFilter implements ExceptionFilter {
  catch(error: SaidBadRequest, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const body = error.bodies[readerLanguageOf(http.getRequest<Request>())];
    http.getResponse<Response>().status(body.statusCode).json(body);
  }
}
