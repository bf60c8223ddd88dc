import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsISO8601, IsIn, IsObject, IsOptional, IsString, Matches, ValidateNested } from 'class-validator';
import type { Activity, CefrLevel, MobilityType, Stay, Track } from '@app/domain';
import { ComponentDto } from './component.dto';
import { InstitutionDto, StudentDto } from './parties.dto';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const TABLE_LIMIT = 60;

export class LanguageSkillDto {
  @ApiProperty({ example: 'en', description: 'ISO 639-1' }) @Matches(/^[a-z]{2,3}$/)
  language: string;

  @ApiProperty({ enum: ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] }) @IsIn(['A1', 'A2', 'B1', 'B2', 'C1', 'C2'])
  cefrLevel: CefrLevel;
}

/** The learning agreement as EWP carries it, plus the CTI fields (CTI-LA-2). */
export class AgreementContentDto {
  @ApiProperty({ type: StudentDto }) @IsObject() @ValidateNested() @Type(() => StudentDto)
  student: StudentDto;

  @ApiProperty({ type: InstitutionDto }) @IsObject() @ValidateNested() @Type(() => InstitutionDto)
  sendingInstitution: InstitutionDto;

  @ApiProperty({ type: InstitutionDto }) @IsObject() @ValidateNested() @Type(() => InstitutionDto)
  receivingInstitution: InstitutionDto;

  @ApiProperty({ example: '2027-01-25' }) @IsISO8601({ strict: true }) @Matches(ISO_DAY)
  plannedStart: string;

  @ApiProperty({ example: '2027-06-30' }) @IsISO8601({ strict: true }) @Matches(ISO_DAY)
  plannedEnd: string;

  @ApiProperty({ example: '2026/2027' }) @Matches(/^\d{4}\/\d{4}$/)
  receivingAcademicYear: string;

  @ApiProperty({ enum: [6, 7, 8] }) @IsIn([6, 7, 8])
  eqfLevel: 6 | 7 | 8;

  @ApiProperty({ example: '0613', description: 'ISCED-F 2013 field code' }) @Matches(/^\d{2,4}$/)
  iscedFCode: string;

  @ApiProperty({ type: LanguageSkillDto }) @IsObject() @ValidateNested() @Type(() => LanguageSkillDto)
  languageSkill: LanguageSkillDto;

  @ApiProperty({ enum: ['semester', 'blended', 'short-term-doctoral', 'traineeship'] })
  @IsIn(['semester', 'blended', 'short-term-doctoral', 'traineeship'])
  mobilityType: MobilityType;

  @ApiProperty({ enum: ['student', 'apprentice'] }) @IsIn(['student', 'apprentice'])
  track: Track;

  @ApiProperty({ enum: ['individual', 'group'] }) @IsIn(['individual', 'group'])
  stay: Stay;

  @ApiProperty({ enum: ['studies', 'internship', 'research', 'double-degree', 'joint-programme'] })
  @IsIn(['studies', 'internship', 'research', 'double-degree', 'joint-programme'])
  activity: Activity;

  @ApiPropertyOptional({ type: [ComponentDto], description: 'Table A: components studied abroad' })
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => ComponentDto) @ArrayMaxSize(TABLE_LIMIT)
  studiedAbroad?: ComponentDto[];

  @ApiPropertyOptional({ type: [ComponentDto], description: 'Table B: home units recognised' })
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => ComponentDto) @ArrayMaxSize(TABLE_LIMIT)
  recognisedAtHome?: ComponentDto[];

  @ApiPropertyOptional({ type: [ComponentDto], description: 'Table C: virtual components' })
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => ComponentDto) @ArrayMaxSize(TABLE_LIMIT)
  virtual?: ComponentDto[];

  @ApiPropertyOptional({ type: [ComponentDto] })
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => ComponentDto) @ArrayMaxSize(TABLE_LIMIT)
  blended?: ComponentDto[];

  @ApiPropertyOptional({ type: [ComponentDto] })
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => ComponentDto) @ArrayMaxSize(TABLE_LIMIT)
  doctoral?: ComponentDto[];
}

export class CreateAgreementDto {
  @ApiProperty({ type: AgreementContentDto }) @IsObject() @ValidateNested() @Type(() => AgreementContentDto)
  content: AgreementContentDto;
}

export class EditDraftDto extends CreateAgreementDto {
  @ApiPropertyOptional({ description: 'Hash of the draft the edit is based on; a stale one is refused (409)' })
  @IsOptional() @IsString() @Matches(/^[0-9a-f]{64}$/)
  expectedContentHash?: string;
}
