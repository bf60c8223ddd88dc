import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { GENDERS, type Gender } from '@app/domain';
import { saidAs } from '@app/http';
import { IsEmail, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, Length, Matches, MaxLength, ValidateNested } from 'class-validator';

const SCHAC = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

export class StudentDto {
  @ApiProperty({ example: 'urn:schac:personalUniqueCode:int:esi:ecole.fr:12345', description: 'European Student Identifier' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  globalId: string;

  @ApiProperty({ example: 'Camille' }) @IsString() @IsNotEmpty() @MaxLength(200)
  givenNames: string;

  @ApiProperty({ example: 'Martin' }) @IsString() @IsNotEmpty() @MaxLength(200)
  familyName: string;

  @ApiProperty({ example: '2003-04-17' }) @IsISO8601({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/)
  birthDate: string;

  @ApiProperty({ example: 'FR', description: 'ISO 3166-1 alpha-2' }) @Matches(/^[A-Z]{2}$/)
  citizenship: string;

  @ApiPropertyOptional({ enum: GENDERS, description: 'ISO/IEC 5218: 0 not known, 1 male, 2 female, 9 not applicable' })
  @IsOptional() @IsIn(GENDERS)
  gender?: Gender;

  @ApiProperty({ example: 'camille.martin@ecole.fr' }) @IsEmail()
  email: string;

  @ApiProperty({ example: 's-camille', description: "The student's login id (the token's sub)" })
  @IsString() @IsNotEmpty() @MaxLength(200)
  accountId: string;
}

export class ContactPersonDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200)
  name: string;

  @ApiProperty() @IsEmail()
  email: string;
}

export class InstitutionDto {
  @ApiProperty({ example: 'ecole.fr', description: 'SCHAC code' })
  @Matches(SCHAC, saidAs({ en: 'heiId must be a SCHAC code such as uio.no', fr: 'heiId doit être un code SCHAC tel que uio.no' })) @Length(3, 200)
  heiId: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200)
  organisationalUnit?: string;

  @ApiPropertyOptional({ type: ContactPersonDto })
  @IsOptional() @ValidateNested() @Type(() => ContactPersonDto)
  contactPerson?: ContactPersonDto;
}
