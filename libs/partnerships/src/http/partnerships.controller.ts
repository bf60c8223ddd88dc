import { Body, Controller, Get, Headers, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, PartnershipState, partnershipId } from '@app/domain';
import { CommandResult } from '@app/event-store';
import { Access, CurrentActor, requestContext } from '@app/http';
import { Clock, InjectClock } from '@app/kernel';
import { DecidePartnership } from '../application/decide-partnership.command';
import { ListPartnerships } from '../queries/list-partnerships.query';
import { PartnershipView, toPartnershipView } from '../read/partnership-view';
import { ListPartnershipsQueryDto, RecordPartnerDto } from './dto/partnership.dto';
import { PartnershipResponse, PartnershipsResponse } from './responses/partnership.response';

/** Maps HTTP to the partnerships register; IIAs come in as EWP documents (POST /api/ewp/iias). */
@ApiTags('partnerships')
@ApiBearerAuth()
@Controller()
export class PartnershipsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @InjectClock() private readonly clock: Clock,
  ) {}

  @Access('partnership.record')
  @Post('schools/:schoolId/partners')
  @ApiOperation({ summary: 'Record a partner of the school: an institution, or a company hosting interns' })
  @ApiCreatedResponse({ type: PartnershipResponse })
  async record(
    @Param('schoolId') schoolId: string,
    @Body() body: RecordPartnerDto,
    @CurrentActor() actor: Actor,
    @Headers() headers: Record<string, string>,
  ): Promise<PartnershipView> {
    const id = partnershipId(schoolId, body.id);
    const partner = { id: body.id, kind: body.kind, ...(body.name && { name: body.name }), ...(body.country && { country: body.country }) };
    const result = await this.commands.execute<DecidePartnership, CommandResult<PartnershipState>>(
      new DecidePartnership(
        id,
        { type: 'RecordPartner', data: { partnershipId: id, schoolId, partner }, metadata: { actor, now: this.clock.now().toISOString() } },
        requestContext(actor, 'record-partner', headers),
      ),
    );
    return toPartnershipView(result.state, undefined, []);
  }

  @Access('partnership.list')
  @Get('partnerships')
  @ApiOperation({ summary: 'The partnerships the caller may read, their IIAs, and with ?year= the mobilities agreed and used' })
  @ApiOkResponse({ type: PartnershipsResponse })
  list(@Query() query: ListPartnershipsQueryDto, @CurrentActor() actor: Actor): Promise<{ partnerships: PartnershipView[] }> {
    return this.queries.execute(new ListPartnerships(actor, query.year, query.partner));
  }
}
