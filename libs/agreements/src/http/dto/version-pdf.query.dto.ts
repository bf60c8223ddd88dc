import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PDF_LANGUAGES, type PdfLanguage } from '../../pdf/version-pdf.words';

export class VersionPdfQueryDto {
  @ApiPropertyOptional({ enum: PDF_LANGUAGES, description: 'Else the first of Accept-Language the document speaks, else English' })
  @IsOptional()
  @IsIn(PDF_LANGUAGES)
  lang?: PdfLanguage;
}
