import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsEmail,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { FreeText, saidAs } from '@app/http';
import { COMPONENT_TABLES, type ComponentTable, DELETE_REASONS, GENDERS, type Gender, INSERT_REASONS } from '@app/domain';
import { ComponentDto } from './component.dto';
import { ContactPersonDto } from './parties.dto';

export class SignatureDto {
  @ApiProperty({ description: 'Hash of the exact content being signed (CTI-LA-4)', example: 'e3b0c442...' })
  @Matches(/^[0-9a-f]{64}$/, saidAs({ en: 'contentHash must be the 64-hex-digit SHA-256 the agreement shows', fr: 'contentHash doit être le SHA-256 de 64 chiffres hexadécimaux que montre le contrat' }))
  contentHash: string;
}

export class IndividualConventionDto {
  @ApiProperty({ description: 'The reference of the convention the sending school signed for this mobility (LA-PARTNERSHIP)', example: 'CONV-2026-014' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  reference: string;
}

export class RejectionDto {
  @ApiProperty({ description: 'What the other parties should change' })
  @IsString() @IsNotEmpty() @MaxLength(4000) @FreeText()
  comment: string;
}

export class WithdrawalDto {
  @ApiProperty({ description: 'The number of the open proposal being withdrawn; another is refused (409)', example: 1 })
  @IsInt() @Min(1)
  proposalNumber: number;

  @ApiPropertyOptional({ description: 'Why the proposal is withdrawn, for the other parties and the record' })
  @IsOptional() @IsString() @MaxLength(4000) @FreeText()
  comment?: string;
}

export class StayDateDto {
  @ApiProperty({ example: '2027-01-24' })
  @IsISO8601({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/, saidAs({ en: 'date must be a day, YYYY-MM-DD', fr: 'date doit être un jour, AAAA-MM-JJ' }))
  date: string;
}

/** LA-STAY: the actual dates the receiving institution's certificate of attendance states. */
export class StayConfirmationDto {
  @ApiPropertyOptional({ example: '2027-01-25', description: 'The day the stay actually began' })
  @IsOptional() @IsISO8601({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/, saidAs({ en: 'start must be a day, YYYY-MM-DD', fr: 'start doit être un jour, AAAA-MM-JJ' }))
  start?: string;

  @ApiPropertyOptional({ example: '2027-06-28', description: 'The day the stay actually ended, once it has' })
  @IsOptional() @IsISO8601({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/, saidAs({ en: 'end must be a day, YYYY-MM-DD', fr: 'end doit être un jour, AAAA-MM-JJ' }))
  end?: string;
}

/** LA-MINOR: only the fields that change. */
export class MinorFieldsDto {
  @ApiPropertyOptional({ example: '2027-02-01', description: 'Within the academic term of the version signed' })
  @IsOptional() @IsISO8601({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/, saidAs({ en: 'plannedStart must be a day, YYYY-MM-DD', fr: 'plannedStart doit être un jour, AAAA-MM-JJ' }))
  plannedStart?: string;

  @ApiPropertyOptional({ example: '2027-06-30', description: 'Within the academic term of the version signed' })
  @IsOptional() @IsISO8601({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/, saidAs({ en: 'plannedEnd must be a day, YYYY-MM-DD', fr: 'plannedEnd doit être un jour, AAAA-MM-JJ' }))
  plannedEnd?: string;

  @ApiPropertyOptional({ type: ContactPersonDto, description: 'Changed by the sending institution only' })
  @IsOptional() @ValidateNested() @Type(() => ContactPersonDto)
  sendingContactPerson?: ContactPersonDto;

  @ApiPropertyOptional({ type: ContactPersonDto, description: 'Changed by the receiving institution only' })
  @IsOptional() @ValidateNested() @Type(() => ContactPersonDto)
  receivingContactPerson?: ContactPersonDto;
}

export class MinorChangeDto {
  @ApiProperty({ type: MinorFieldsDto, description: 'The fields that change: the planned dates within the term signed, an institution’s own contact person' })
  @IsObject() @ValidateNested() @Type(() => MinorFieldsDto)
  changes: MinorFieldsDto;

  @ApiProperty({ description: 'Why the change is made; it stays with the version as its note', example: 'The host moved its induction week' })
  @IsString() @IsNotEmpty() @MaxLength(2000) @FreeText()
  note: string;
}

const REASONS = [...DELETE_REASONS, ...INSERT_REASONS];

/** One row of an EWP changes proposal (CTI-LA-3). */
export class ComponentChangeDto {
  @ApiProperty({ enum: ['insert', 'delete'] }) @IsIn(['insert', 'delete'])
  op: 'insert' | 'delete';

  @ApiProperty({ enum: COMPONENT_TABLES }) @IsIn(COMPONENT_TABLES)
  table: ComponentTable;

  @ApiPropertyOptional({ type: ComponentDto, description: 'The component inserted (op insert)' })
  @ValidateIf((change: ComponentChangeDto) => change.op === 'insert') @ValidateNested() @Type(() => ComponentDto)
  component?: ComponentDto;

  @ApiPropertyOptional({ description: 'Code of the component deleted (op delete)' })
  @ValidateIf((change: ComponentChangeDto) => change.op === 'delete') @IsString() @IsNotEmpty() @MaxLength(60)
  code?: string;

  @ApiPropertyOptional({ enum: REASONS, description: 'EWP reason code; or give otherReason' })
  @ValidateIf((change: ComponentChangeDto) => change.otherReason === undefined) @IsIn(REASONS)
  reason?: (typeof REASONS)[number];

  @ApiPropertyOptional({ description: 'Free-text reason, when no EWP code fits' })
  @ValidateIf((change: ComponentChangeDto) => change.reason === undefined) @IsString() @IsNotEmpty() @MaxLength(2000) @FreeText()
  otherReason?: string;
}

/** The student's data an EWP changes proposal carries (LA-STUDENT): only the fields that change. */
export class StudentChangesDto {
  @ApiPropertyOptional({ example: 'Ivan' }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200)
  givenNames?: string;

  @ApiPropertyOptional({ example: 'Karamazov' }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200)
  familyName?: string;

  @ApiPropertyOptional({ description: 'European Student Identifier' }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200)
  globalId?: string;

  @ApiPropertyOptional({ example: '2003-05-05' })
  @IsOptional() @IsISO8601({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/, saidAs({ en: 'birthDate must be a day, YYYY-MM-DD', fr: 'birthDate doit être un jour, AAAA-MM-JJ' }))
  birthDate?: string;

  @ApiPropertyOptional({ example: 'NO', description: 'ISO 3166-1 alpha-2' }) @IsOptional() @Matches(/^[A-Z]{2}$/)
  citizenship?: string;

  @ApiPropertyOptional({ enum: GENDERS, description: 'ISO/IEC 5218: 0 not known, 1 male, 2 female, 9 not applicable' })
  @IsOptional() @IsIn(GENDERS)
  gender?: Gender;

  @ApiPropertyOptional({ example: 'ivan.karamazov@example.com' }) @IsOptional() @IsEmail()
  email?: string;
}

export class AmendmentDto {
  @ApiProperty({ type: [ComponentChangeDto], description: 'Components inserted or deleted; may be empty when `student` changes something' })
  @IsArray() @ArrayMaxSize(60) @ValidateNested({ each: true }) @Type(() => ComponentChangeDto)
  changes: ComponentChangeDto[];

  @ApiPropertyOptional({ type: StudentChangesDto, description: "The student's data the amendment changes, as EWP's changes-proposal carries it" })
  @IsOptional() @ValidateNested() @Type(() => StudentChangesDto)
  student?: StudentChangesDto;

  @ApiPropertyOptional({ description: 'The version in force the proposal is based on; a stale one is refused (409)' })
  @IsOptional() @IsInt() @Min(1)
  baseVersion?: number;
}
