import { Body, Controller, Get, Headers, Param, Put, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/domain';
import { Access, CurrentActor, requestContext } from '@app/http';
import { Clock, InjectClock, InstitutionEntry } from '@app/kernel';
import { DecideInstitution } from '../application/decide-institution.command';
import { FindInstitution, SearchInstitutions } from '../queries/institutions.query';
import { InstitutionParamsDto, RecordInstitutionDto, SearchInstitutionsDto } from './dto/institution.dto';
import { InstitutionEntryResponse, InstitutionsResponse } from './responses/institution.response';

/** The institutions register: names and countries of the institutions EWP names by SCHAC code. */
@ApiTags('institutions')
@ApiBearerAuth()
@Controller('institutions')
export class InstitutionsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @InjectClock() private readonly clock: Clock,
  ) {}

  @Access('institution.read')
  @Get()
  @ApiOperation({ summary: 'Institutions whose name or SCHAC code holds the words of q (all without), by name' })
  @ApiOkResponse({ type: InstitutionsResponse })
  search(@Query() query: SearchInstitutionsDto): Promise<{ institutions: InstitutionEntry[] }> {
    return this.queries.execute(new SearchInstitutions(query.q));
  }

  @Access('institution.read')
  @Get(':heiId')
  @ApiOperation({ summary: 'One institution: its name and country as the register knows them, and where it learnt them' })
  @ApiOkResponse({ type: InstitutionEntryResponse })
  find(@Param() { heiId }: InstitutionParamsDto): Promise<InstitutionEntry> {
    return this.queries.execute(new FindInstitution(heiId));
  }

  @Access('institution.record')
  @Put(':heiId')
  @ApiOperation({ summary: 'Record or correct the name and country of an institution (admins, INSTITUTION-ADMIN)' })
  @ApiOkResponse({ type: InstitutionEntryResponse })
  async record(
    @Param() { heiId }: InstitutionParamsDto,
    @Body() body: RecordInstitutionDto,
    @CurrentActor() actor: Actor,
    @Headers() headers: Record<string, string>,
  ): Promise<InstitutionEntry> {
    await this.commands.execute(
      new DecideInstitution(
        { type: 'RecordInstitution', data: { heiId, name: body.name, country: body.country }, metadata: { actor, now: this.clock.now().toISOString() } },
        requestContext(actor, 'record-institution', headers),
      ),
    );
    return this.queries.execute(new FindInstitution(heiId));
  }
}
