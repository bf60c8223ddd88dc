import { Body, Controller, Headers, HttpCode, Post, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/domain';
import { Access, CurrentActor } from '@app/http';
import { IiaImport, ImportedIia } from '../application/iia-import';
import { EwpErrorFilter } from './ewp-error.filter';
import { xmlBody } from './xml-body';

@ApiTags('Erasmus Without Paper')
@ApiBearerAuth()
@UseFilters(EwpErrorFilter)
@Controller('ewp/iias')
export class EwpIiasController {
  constructor(private readonly imports: IiaImport) {}

  @Post()
  @Access('partnership.import')
  @HttpCode(200)
  @ApiConsumes('application/xml')
  @ApiOperation({ summary: 'Import an iias-get-response (IIA v7) into the partnerships register; importing it again changes nothing' })
  import(@Body() body: unknown, @CurrentActor() actor: Actor, @Headers() headers: Record<string, string>): Promise<{ imported: ImportedIia[] }> {
    return this.imports.import(xmlBody(body), actor, headers).then((imported) => ({ imported }));
  }
}
