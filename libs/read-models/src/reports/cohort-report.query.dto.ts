import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches } from 'class-validator';
import { saidAs } from '@app/http';

export class CohortReportQueryDto {
  @ApiProperty({ description: 'SCHAC code of the sending school', example: 'insa-lyon.fr' })
  @IsString()
  @IsNotEmpty()
  school!: string;

  @ApiProperty({ description: 'EWP receiving academic year', example: '2025/2026' })
  @Matches(/^\d{4}\/\d{4}$/, saidAs({ en: 'year must read YYYY/YYYY, e.g. 2025/2026', fr: 'year doit s’écrire AAAA/AAAA, par exemple 2025/2026' }))
  year!: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'], description: 'Overrides the Accept header' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}
