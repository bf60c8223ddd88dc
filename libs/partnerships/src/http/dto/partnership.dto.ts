import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO31661Alpha2, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const ACADEMIC_YEAR = /^\d{4}\/\d{4}$/;

/** A partner of the school: an institution by its SCHAC code, or a company hosting interns. */
export class RecordPartnerDto {
  @ApiProperty({ enum: ['institution', 'company'] }) @IsIn(['institution', 'company'])
  kind: 'institution' | 'company';

  @ApiProperty({ example: 'uw.edu.pl', description: 'SCHAC code of an institution; for a company, the id the school keeps (e.g. VAT number)' })
  @IsString() @IsNotEmpty() @MaxLength(200) @Matches(/^[\w.:-]+$/)
  id: string;

  @ApiPropertyOptional({ example: 'University of Warsaw' }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(300)
  name?: string;

  @ApiPropertyOptional({ example: 'PL', description: 'ISO 3166-1 alpha-2' }) @IsOptional() @Matches(/^[A-Z]{2}$/) @IsISO31661Alpha2()
  country?: string;
}

export class ListPartnershipsQueryDto {
  @ApiPropertyOptional({ example: '2026/2027', description: 'Academic year of the quotas: mobilities agreed and used' })
  @IsOptional() @Matches(ACADEMIC_YEAR)
  year?: string;

  @ApiPropertyOptional({ example: 'uw.edu.pl', description: 'Only the partnerships with this partner' })
  @IsOptional() @IsString() @MaxLength(200)
  partner?: string;
}
