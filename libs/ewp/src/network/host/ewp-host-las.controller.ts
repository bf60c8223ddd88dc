import { All, BadRequestException, Controller, ForbiddenException, Logger, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '@app/http';
import { GetLaStats } from '../../stats/get-la-stats.query';
import { EwpHostIdentity } from '../ewp-host-identity';
import { EwpDelivery } from '../client/ewp-delivery';
import { HOST_PATHS } from '../ewp-host-settings';
import { HostRequest } from './ewp-caller';
import { EwpHostErrorFilter } from './ewp-host-error.filter';
import { EwpHostGuard } from './ewp-host.guard';
import { HostedLearningAgreements } from './hosted-learning-agreements';
import { hostParams, requiredParam } from './host-params';
import { MAX_IDS, laCnrResponseXml } from './host-xml';
import { sendSigned } from './signed-response';

/**
 * Outgoing Mobility Learning Agreements (index, get, update, stats) for the partners' hosts,
 * and the LA Change Notification Receiver for the agreements partners send us. Every route is
 * signed both ways (EwpHostGuard, sendSigned); what a caller may see or do follows from the
 * HEIs the Registry catalogue binds its key to.
 */
@ApiExcludeController()
@Public()
@UseGuards(EwpHostGuard)
@UseFilters(EwpHostErrorFilter)
@Controller()
export class EwpHostLasController {
  private readonly logger = new Logger('EwpHost');

  constructor(
    private readonly identity: EwpHostIdentity,
    private readonly las: HostedLearningAgreements,
    private readonly delivery: EwpDelivery,
    private readonly queries: QueryBus,
  ) {}

  @All(HOST_PATHS.lasIndex)
  async index(@Req() request: HostRequest, @Res() response: Response): Promise<void> {
    const params = hostParams(request);
    const xml = await this.las.index(request.ewpCaller!, requiredParam(params, 'sending_hei_id'), params.getAll('receiving_hei_id'));
    await sendSigned(this.identity, request, response, 200, xml);
  }

  @All(HOST_PATHS.lasGet)
  async get(@Req() request: HostRequest, @Res() response: Response): Promise<void> {
    const params = hostParams(request);
    const ids = params.getAll('omobility_id');
    if (ids.length === 0 || ids.length > MAX_IDS) throw new BadRequestException(`EWP-PARAMS: give 1 to ${MAX_IDS} omobility_id`);
    const xml = await this.las.get(request.ewpCaller!, requiredParam(params, 'sending_hei_id'), ids);
    await sendSigned(this.identity, request, response, 200, xml);
  }

  @Post(HOST_PATHS.lasUpdate)
  async update(@Req() request: HostRequest, @Res() response: Response): Promise<void> {
    const xml = await this.las.update(request.ewpCaller!, request.rawBody?.toString('utf8') ?? '');
    await sendSigned(this.identity, request, response, 200, xml);
  }

  /** Aggregate counters, for the EWP dashboard: any authenticated host reads those of a HEI this host serves. */
  @All(HOST_PATHS.lasStats)
  async stats(@Req() request: HostRequest, @Res() response: Response): Promise<void> {
    const sendingHeiId = requiredParam(hostParams(request), 'sending_hei_id');
    if (!this.identity.serves(sendingHeiId)) throw new BadRequestException(`EWP-PARAMS: this host does not serve ${sendingHeiId}`);
    // The school's own auditing scope: counters only, no agreement.
    const reader = { id: `ewp-key:${request.ewpCaller!.keyId}`, role: 'auditor' as const, institution: sendingHeiId };
    await sendSigned(this.identity, request, response, 200, await this.queries.execute<GetLaStats, string>(new GetLaStats(sendingHeiId, reader)));
  }

  /**
   * LA CNR: the sending HEI's host says these agreements changed. Only the host the catalogue
   * binds to that HEI may say so; the answer comes at once, and the fetch is owed (durably)
   * and done in the background, retried while the partner does not answer.
   */
  @Post(HOST_PATHS.laCnr)
  async laCnr(@Req() request: HostRequest, @Res() response: Response): Promise<void> {
    const params = hostParams(request);
    const sendingHeiId = requiredParam(params, 'sending_hei_id');
    const ids = params.getAll('omobility_id');
    if (ids.length === 0 || ids.length > MAX_IDS) throw new BadRequestException(`EWP-PARAMS: give 1 to ${MAX_IDS} omobility_id`);
    if (!request.ewpCaller!.heiIds.includes(sendingHeiId)) {
      throw new ForbiddenException(`LA-PARTY: the caller's key does not speak for ${sendingHeiId}`);
    }
    this.logger.log(`LA CNR from ${sendingHeiId}: ${ids.join(', ')}`);
    this.delivery.owe(ids.map((omobilityId) => ({ partnerHeiId: sendingHeiId, sendingHeiId, omobilityId })));
    await sendSigned(this.identity, request, response, 200, laCnrResponseXml());
  }
}
