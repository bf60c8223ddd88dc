import { Body, Controller, Get, Header, Headers, HttpCode, Post, Query, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/domain';
import { Access, CurrentActor } from '@app/http';
import { ImportedAgreement, LearningAgreementImport } from '../application/learning-agreement-import';
import { LearningAgreementUpdate } from '../application/learning-agreement-update';
import { GetLaStats } from '../stats/get-la-stats.query';
import { LaStatsQueryDto } from '../stats/la-stats.query.dto';
import { updateResponseXml } from '../xml/ewp-messages';
import { EwpErrorFilter } from './ewp-error.filter';
import { xmlBody } from './xml-body';

/** EWP learning-agreement documents in and out; the rules stay in the domain, the mapping in ../las. */
@ApiTags('Erasmus Without Paper')
@ApiBearerAuth()
@UseFilters(EwpErrorFilter)
@Controller('ewp/learning-agreements')
export class EwpLearningAgreementsController {
  constructor(
    private readonly imports: LearningAgreementImport,
    private readonly updates: LearningAgreementUpdate,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Access('ewp.import')
  @HttpCode(200)
  @ApiConsumes('application/xml')
  @ApiOperation({ summary: "Import a partner's omobility-las-get-response; importing it again changes nothing" })
  import(@Body() body: unknown, @CurrentActor() actor: Actor, @Headers() headers: Record<string, string>): Promise<{ imported: ImportedAgreement[] }> {
    return this.imports.import(xmlBody(body), actor, headers).then((imported) => ({ imported }));
  }

  @Post('update')
  @Access('ewp.update')
  @HttpCode(200)
  @Header('Content-Type', 'application/xml; charset=utf-8')
  @ApiConsumes('application/xml')
  @ApiProduces('application/xml')
  @ApiOperation({ summary: 'approve-proposal-v1 or comment-proposal-v1; a stale changes-proposal-id is a 409 (EWP-LA-PROPOSAL)' })
  async update(@Body() body: unknown, @CurrentActor() actor: Actor, @Headers() headers: Record<string, string>): Promise<string> {
    return updateResponseXml(await this.updates.update(xmlBody(body), actor, headers));
  }

  @Get('stats')
  @Access('report.cohort')
  @Header('Content-Type', 'application/xml; charset=utf-8')
  @ApiProduces('application/xml')
  @ApiOperation({ summary: 'EWP las-outgoing-stats-response: counters per receiving academic year of the school\'s outgoing agreements' })
  stats(@Query() query: LaStatsQueryDto, @CurrentActor() actor: Actor): Promise<string> {
    return this.queries.execute(new GetLaStats(query.school, actor));
  }
}
