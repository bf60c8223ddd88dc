import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { TRAIL_LANGUAGES, TrailLanguage } from './audit-sentence';

export class AuditFormatQueryDto {
  @ApiPropertyOptional({ enum: ['json', 'csv'], description: 'Overrides the Accept header' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';

  @ApiPropertyOptional({ enum: TRAIL_LANGUAGES, description: 'Language of the sentences (English by default)' })
  @IsOptional()
  @IsIn(TRAIL_LANGUAGES)
  lang?: TrailLanguage;
}
