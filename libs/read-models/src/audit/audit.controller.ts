import { Controller, Get, Headers, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor, Language } from '@app/domain';
import { Access, CurrentActor, ReaderLanguage } from '@app/http';
import { AuditFormatQueryDto } from './audit-format.query.dto';
import { AuditTimelineResponse, ChainBrokenResponse, ChainIntactResponse } from './audit.response';
import { AuditTimeline, auditTimelineCsv } from './audit-timeline.view';
import { ChainReport } from './chain-report';
import { GetAuditTimeline } from './get-audit-timeline.query';
import { VerifyAgreementChain } from './verify-agreement-chain.query';

const Id = () => Param('id', new ParseUUIDPipe());

/** Maps HTTP to the audit queries: the plain-words timeline and the hash-chain check. */
@ApiTags('audit trail')
@ApiBearerAuth()
@ApiExtraModels(ChainIntactResponse, ChainBrokenResponse)
@Controller('agreements')
export class AuditController {
  constructor(private readonly queries: QueryBus) {}

  @Access('agreement.read')
  @Get(':id/audit')
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({ summary: 'Every event of the agreement in plain words, with actor, time, version and hash; CSV with ?format=csv or Accept: text/csv; French with ?lang=fr or Accept-Language' })
  @ApiOkResponse({ type: AuditTimelineResponse })
  async timeline(
    @Id() id: string,
    @Query() query: AuditFormatQueryDto,
    @Headers('accept') accept: string | undefined,
    @ReaderLanguage() language: Language,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AuditTimeline | string> {
    const timeline = await this.queries.execute<GetAuditTimeline, AuditTimeline>(new GetAuditTimeline(id, actor, language));
    const csv = query.format ? query.format === 'csv' : (accept ?? '').includes('text/csv');
    if (!csv) return timeline;
    response.type('text/csv').setHeader('Content-Disposition', `attachment; filename="audit-${id}.csv"`);
    return auditTimelineCsv(timeline.entries);
  }

  @Access('agreement.read')
  @Get(':id/audit/verify')
  @ApiOperation({ summary: 'Recompute the hash chain from the event store: intact, or the first event that does not match (CTI-LA-4)' })
  // An agreement's stream must be chained, so it is never reported unchained.
  @ApiOkResponse({ schema: { oneOf: [ChainIntactResponse, ChainBrokenResponse].map((model) => ({ $ref: getSchemaPath(model) })) } })
  verify(@Id() id: string, @CurrentActor() actor: Actor): Promise<ChainReport> {
    return this.queries.execute(new VerifyAgreementChain(id, actor));
  }
}
