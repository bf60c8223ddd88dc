import { Body, Controller, Header, Headers, HttpCode, Post, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/domain';
import { Access, CurrentActor } from '@app/http';
import { ImportedAgreement, LearningAgreementImport } from '../application/learning-agreement-import';
import { LearningAgreementUpdate } from '../application/learning-agreement-update';
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
}
