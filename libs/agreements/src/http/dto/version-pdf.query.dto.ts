import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { LANGUAGES, type Language } from '@app/domain';

export class VersionPdfQueryDto {
  @ApiPropertyOptional({ enum: LANGUAGES, description: 'Else the first of Accept-Language the document speaks, else English' })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;
}
