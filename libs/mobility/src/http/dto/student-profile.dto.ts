import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import type { ApprenticeshipModality, Track } from '@app/domain';

const COUNTRY = /^[A-Z]{2}$/;
export const MODALITIES: ApprenticeshipModality[] = ['at-disposal-of-host', 'contract-on-hold'];

/** What decides the student's requirement: the CTI-MOB-2 exemption, the track's minimum, the window. */
export class StudentProfileDto {
  @ApiProperty({ example: 'FR', description: 'ISO 3166-1 alpha-2; a dual national with French citizenship records FR' })
  @Matches(COUNTRY)
  nationality: string;

  @ApiProperty({ example: 'FR', description: 'Country where the secondary diploma was obtained' }) @Matches(COUNTRY)
  secondaryDiplomaCountry: string;

  @ApiProperty({ enum: ['french-baccalaureate', 'foreign'] }) @IsIn(['french-baccalaureate', 'foreign'])
  secondaryDiploma: 'french-baccalaureate' | 'foreign';

  @ApiProperty({ description: 'Came to France to study (CTI-MOB-2)' }) @IsBoolean()
  cameToFranceToStudy: boolean;

  @ApiProperty({ enum: ['student', 'apprentice'] }) @IsIn(['student', 'apprentice'])
  track: Track;

  @ApiProperty({ example: 'insa-lyon.fr', description: "SCHAC code of the student's school" })
  @Matches(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/) @Length(3, 200)
  schoolId: string;

  @ApiPropertyOptional({ example: '2024-2027' }) @IsOptional() @IsString() @MaxLength(40)
  cohort?: string;

  @ApiProperty({ example: 2027 }) @IsInt() @Min(1900) @Max(2200)
  expectedGraduationYear: number;

  @ApiPropertyOptional({ enum: MODALITIES, description: "Apprentices: the employer's usual modality (CTI-MOB-5)" })
  @IsOptional() @IsIn(MODALITIES)
  apprenticeshipModality?: ApprenticeshipModality;
}
