import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO31661Alpha2, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { SCHAC_CODE } from '@app/domain';
import { saidAs } from '@app/http';

export class InstitutionParamsDto {
  @ApiProperty({ example: 'uw.edu.pl', description: 'SCHAC code: the domain name EWP names the institution by' })
  @Matches(SCHAC_CODE, saidAs({ en: 'INSTITUTION-CONTENT: heiId must be a SCHAC code, a domain name in lower case such as uw.edu.pl', fr: 'INSTITUTION-CONTENT: heiId doit être un code SCHAC, un nom de domaine en minuscules tel que uw.edu.pl' }))
  @MaxLength(200)
  heiId: string;
}

/** What an admin records of an institution: its name and its country. */
export class RecordInstitutionDto {
  @ApiProperty({ example: 'University of Warsaw' })
  @IsString() @IsNotEmpty(saidAs({ en: 'INSTITUTION-CONTENT: name must not be empty', fr: 'INSTITUTION-CONTENT: le nom ne doit pas être vide' })) @MaxLength(300)
  @Matches(/^\S(.*\S)?$/s, saidAs({ en: 'INSTITUTION-CONTENT: name must not begin or end with spaces', fr: 'INSTITUTION-CONTENT: le nom ne doit ni commencer ni finir par une espace' }))
  name: string;

  @ApiProperty({ example: 'PL', description: 'ISO 3166-1 alpha-2' })
  @Matches(/^[A-Z]{2}$/, saidAs({ en: 'INSTITUTION-CONTENT: country must be an ISO 3166-1 alpha-2 code in capitals such as PL', fr: 'INSTITUTION-CONTENT: country doit être un code pays ISO 3166-1 alpha-2 en capitales tel que PL' }))
  @IsISO31661Alpha2(saidAs({ en: 'INSTITUTION-CONTENT: country must be an ISO 3166-1 alpha-2 code such as PL', fr: 'INSTITUTION-CONTENT: country doit être un code pays ISO 3166-1 alpha-2 tel que PL' }))
  country: string;
}

export class SearchInstitutionsDto {
  @ApiPropertyOptional({ example: 'warsaw', description: 'Words of the name or of the SCHAC code, accents ignored; every institution without' })
  @IsOptional() @IsString() @MaxLength(200)
  q?: string;
}
