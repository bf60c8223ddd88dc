import { CanActivate, ExecutionContext, HttpException, Injectable, NotFoundException } from '@nestjs/common';
import { EwpHostIdentity } from '../ewp-host-identity';
import { verifyRequest } from '../httpsig';
import { clientKeyBinding } from '../registry/registry-catalogue';
import { HostRequest } from './ewp-caller';

/** An EWP refusal of client authentication: its status, and the reason as the developer message. */
export class EwpHostRefusal extends HttpException {}

/**
 * Client authentication of every host route (ewp-specs-sec-cliauth-httpsig): no token here,
 * the caller is a host, known by the key it signed with and the HEIs the Registry catalogue
 * binds that key to. The routes then authorise per HEI.
 */
@Injectable()
export class EwpHostGuard implements CanActivate {
  constructor(private readonly identity: EwpHostIdentity) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (!this.identity.enabled) throw new NotFoundException('this ledger is no EWP host (EWP_HEIS is empty)');
    const request = context.switchToHttp().getRequest<HostRequest>();
    const catalogue = await this.identity.catalogue();
    const hosts = [new URL(this.identity.settings.publicUrl).host.toLowerCase()];
    const result = verifyRequest(
      { method: request.method, target: request.originalUrl, headers: request.headers, body: request.rawBody ?? '' },
      {
        now: this.identity.now(),
        hosts,
        clientKey: (keyId) => clientKeyBinding(catalogue, keyId),
        remember: (id, now) => this.identity.requestIds.remember(id, now),
      },
    );
    if (result.kind === 'refused') throw new EwpHostRefusal(result.reason, result.status);
    request.ewpCaller = { keyId: result.keyId, heiIds: result.heiIds, requestId: result.requestId, signature: result.signature };
    return true;
  }
}
