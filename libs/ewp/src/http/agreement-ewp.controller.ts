import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '@app/domain';
import { assertMayRead, loadAgreement } from '@app/agreements';
import { EventStore, InjectEventStore } from '@app/event-store';
import { Access, CurrentActor } from '@app/http';
import { toEwpLearningAgreement } from '../las/export-la';
import { writeLaResponse } from '../las/la-xml';
import { EwpSchemaValidator } from '../validation/ewp-schema-validator';

@ApiTags('Erasmus Without Paper')
@ApiBearerAuth()
@Controller('agreements')
export class AgreementEwpController {
  constructor(
    @InjectEventStore() private readonly store: EventStore,
    private readonly validator: EwpSchemaValidator,
  ) {}

  @Get(':id/ewp')
  @Access('agreement.read')
  @ApiProduces('application/xml')
  @ApiOperation({ summary: 'The agreement as an EWP omobility-las-get-response: first version, approved changes, changes proposal' })
  async export(@Param('id') id: string, @CurrentActor() actor: Actor, @Res({ passthrough: true }) response: Response): Promise<string> {
    const { state } = await loadAgreement(this.store, id);
    assertMayRead(actor, state, id);
    const xml = writeLaResponse([toEwpLearningAgreement(state)]);
    // A document a partner would refuse is never sent: it is a bug here, not the caller's.
    const problems = await this.validator.problems('omobility-las-get-response', xml);
    if (problems.length > 0) throw new Error(`EWP-SCHEMA: the export of ${id} does not validate: ${problems.join('; ')}`);
    // Said only once the document is there: a refusal above is the API's JSON error, labelled as JSON.
    response.type('application/xml; charset=utf-8');
    return xml;
  }
}
