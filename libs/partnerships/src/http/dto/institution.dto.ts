import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO31661Alpha2, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { SCHAC_CODE } from '@app/domain';

export class InstitutionParamsDto {
  @ApiProperty({ example: 'uw.edu.pl', description: 'SCHAC code: the domain name EWP names the institution by' })
  @Matches(SCHAC_CODE, { message: 'INSTITUTION-CONTENT: heiId must be a SCHAC code, a domain name in lower case such as uw.edu.pl' })
  @MaxLength(200)
  heiId: string;
}

/** What an admin records of an institution: its name and its country. */
export class RecordInstitutionDto {
  @ApiProperty({ example: 'University of Warsaw' })
  @IsString() @IsNotEmpty({ message: 'INSTITUTION-CONTENT: name must not be empty' }) @MaxLength(300)
  @Matches(/^\S(.*\S)?$/s, { message: 'INSTITUTION-CONTENT: name must not begin or end with spaces' })
  name: string;

  @ApiProperty({ example: 'PL', description: 'ISO 3166-1 alpha-2' })
  @Matches(/^[A-Z]{2}$/, { message: 'INSTITUTION-CONTENT: country must be an ISO 3166-1 alpha-2 code in capitals such as PL' })
  @IsISO31661Alpha2({ message: 'INSTITUTION-CONTENT: country must be an ISO 3166-1 alpha-2 code such as PL' })
  country: string;
}

export class SearchInstitutionsDto {
  @ApiPropertyOptional({ example: 'warsaw', description: 'Words of the name or of the SCHAC code, accents ignored; every institution without' })
  @IsOptional() @IsString() @MaxLength(200)
  q?: string;
}
