import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { COMPONENT_TABLES, type ComponentTable, DELETE_REASONS, INSERT_REASONS } from '@app/domain';
import { ComponentDto } from './component.dto';

export class SignatureDto {
  @ApiProperty({ description: 'Hash of the exact content being signed (CTI-LA-4)', example: 'e3b0c442...' })
  @Matches(/^[0-9a-f]{64}$/, { message: 'contentHash must be the 64-hex-digit SHA-256 the agreement shows' })
  contentHash: string;
}

export class IndividualConventionDto {
  @ApiProperty({ description: 'The reference of the convention the sending school signed for this mobility (LA-PARTNERSHIP)', example: 'CONV-2026-014' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  reference: string;
}

export class RejectionDto {
  @ApiProperty({ description: 'What the other parties should change' })
  @IsString() @IsNotEmpty() @MaxLength(4000)
  comment: string;
}

export class StayDateDto {
  @ApiProperty({ example: '2027-01-24' })
  @IsISO8601({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be a day, YYYY-MM-DD' })
  date: string;
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
  @ValidateIf((change: ComponentChangeDto) => change.reason === undefined) @IsString() @IsNotEmpty() @MaxLength(2000)
  otherReason?: string;
}

export class AmendmentDto {
  @ApiProperty({ type: [ComponentChangeDto] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(60) @ValidateNested({ each: true }) @Type(() => ComponentChangeDto)
  changes: ComponentChangeDto[];

  @ApiPropertyOptional({ description: 'The version in force the proposal is based on; a stale one is refused (409)' })
  @IsOptional() @IsInt() @Min(1)
  baseVersion?: number;
}
