import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '@app/domain';
import { IdempotencyKeyReusedError, WrongExpectedRevisionError } from '@app/event-store';
import { ewpStatusOf, ewpUserMessageOf } from '../../http/ewp-error.filter';
import { errorResponseXml } from '../../xml/ewp-messages';
import { EwpHostIdentity } from '../ewp-host-identity';
import { HostRequest } from './ewp-caller';
import { sendSigned } from './signed-response';

const KNOWN = [HttpException, DomainError, WrongExpectedRevisionError, IdempotencyKeyReusedError];

/**
 * Every refusal of a host route is an EWP `error-response`, signed like any answer (but for a
 * ledger that is no EWP host: there every host route is an unsigned 404). A refused
 * HTTP signature (401) says which method to use, as the spec recommends. An unexpected error
 * is a signed 500 that tells the partner nothing of the inside.
 */
@Catch()
export class EwpHostErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('EwpHost');

  constructor(private readonly identity: EwpHostIdentity) {}

  async catch(error: Error, host: ArgumentsHost): Promise<void> {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    // No EWP host here: a plain 404, unsigned, so that no key is ever generated on a request.
    if (!this.identity.enabled) {
      response.status(404).type('application/xml; charset=utf-8').send(errorResponseXml('this ledger is no EWP host (EWP_HEIS is empty)'));
      return;
    }
    const status = KNOWN.some((type) => error instanceof type) ? ewpStatusOf(error) : 500;
    if (status === 500) this.logger.error(error.message, error.stack);
    if (status === 401) response.set({ 'www-authenticate': 'Signature realm="EWP"', 'want-digest': 'SHA-256' });
    const xml = status === 500 ? errorResponseXml('internal error') : errorResponseXml(error.message, ewpUserMessageOf(error));
    await sendSigned(this.identity, http.getRequest<HostRequest>(), response, status, xml);
  }
}
