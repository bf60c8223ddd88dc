import { All, BadRequestException, Controller, Get, NotFoundException, Param, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '@app/http';
import { EwpHostIdentity } from '../ewp-host-identity';
import { HOST_PATHS } from '../ewp-host-settings';
import { HostRequest } from './ewp-caller';
import { EwpHostErrorFilter } from './ewp-host-error.filter';
import { EwpHostGuard } from './ewp-host.guard';
import { hostParams } from './host-params';
import { MAX_IDS, echoResponseXml, institutionsResponseXml, manifestXml } from './host-xml';
import { sendSigned } from './signed-response';

/** A HEI's name where the ledger knows none: its SCHAC code, which the Registry shows beside the name it holds. */
const nameOf = (heiId: string) => heiId;

/**
 * The EWP host's own APIs: the Discovery manifests (public, as the Registry reads them), Echo
 * and Institutions. No bearer token on these routes (@Public for the JWT guard): the caller is
 * a partner's host, authenticated by its HTTP signature (EwpHostGuard) and known by the HEIs
 * the Registry catalogue binds its key to. Their contract is EWP's, not this API's OpenAPI.
 */
@ApiExcludeController()
@Public()
@UseFilters(EwpHostErrorFilter)
@Controller()
export class EwpHostController {
  constructor(private readonly identity: EwpHostIdentity) {}

  @Get(`${HOST_PATHS.manifests}/:file`)
  manifest(@Param('file') file: string, @Res() response: Response): void {
    const heiId = file.replace(/\.xml$/, '');
    if (!this.identity.enabled || !this.identity.serves(heiId)) throw new NotFoundException(`this host publishes no manifest for ${heiId}`);
    const keys = this.identity.keys.published(this.identity.now());
    response.type('application/xml; charset=utf-8').send(manifestXml(this.identity.settings, heiId, keys, nameOf(heiId)));
  }

  @All(HOST_PATHS.echo)
  @UseGuards(EwpHostGuard)
  async echo(@Req() request: HostRequest, @Res() response: Response): Promise<void> {
    await sendSigned(this.identity, request, response, 200, echoResponseXml(request.ewpCaller!.heiIds, hostParams(request).getAll('echo')));
  }

  @All(HOST_PATHS.institutions)
  @UseGuards(EwpHostGuard)
  async institutions(@Req() request: HostRequest, @Res() response: Response): Promise<void> {
    const heiIds = hostParams(request).getAll('hei_id');
    if (heiIds.length > MAX_IDS) throw new BadRequestException(`EWP-PARAMS: at most ${MAX_IDS} hei_id`);
    const known = heiIds.filter((heiId) => this.identity.serves(heiId)).map((heiId) => ({ heiId, name: nameOf(heiId) }));
    await sendSigned(this.identity, request, response, 200, institutionsResponseXml(known));
  }
}
