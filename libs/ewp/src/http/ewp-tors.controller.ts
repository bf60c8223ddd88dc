import { Body, Controller, Headers, HttpCode, Post, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/domain';
import { Access, CurrentActor } from '@app/http';
import { ImportedTranscript, TranscriptImport } from '../application/transcript-import';
import { EwpErrorFilter } from './ewp-error.filter';
import { xmlBody } from './xml-body';

@ApiTags('Erasmus Without Paper')
@ApiBearerAuth()
@UseFilters(EwpErrorFilter)
@Controller('ewp/transcripts')
export class EwpTranscriptsController {
  constructor(private readonly imports: TranscriptImport) {}

  @Post()
  @Access('ewp.transcript')
  @HttpCode(200)
  @ApiConsumes('application/xml')
  @ApiOperation({ summary: 'Record the transcripts of an imobility-tors-get-response (EMREX ELMO) through the recognition commands (receiving institution)' })
  import(@Body() body: unknown, @CurrentActor() actor: Actor, @Headers() headers: Record<string, string>): Promise<{ imported: ImportedTranscript[] }> {
    return this.imports.import(xmlBody(body), actor, headers).then((imported) => ({ imported }));
  }
}
