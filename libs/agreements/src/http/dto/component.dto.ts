import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { FreeText } from '@app/http';

export const DECIMAL = /^\d{1,4}(\.\d{1,2})?$/;

export class CreditDto {
  @ApiProperty({ example: 'ects', description: 'Credit scheme: ects, or a national one (us-semester-hours, uk-cats, ...)' })
  @IsString() @IsNotEmpty() @MaxLength(40)
  scheme: string;

  @ApiProperty({ example: '7.5', description: 'A decimal string, never a float, so sums stay exact' })
  @IsString() @Matches(DECIMAL, { message: 'value must be a decimal number such as "7.5"' })
  value: string;
}

export class TermDto {
  @ApiProperty({ example: 1 }) @IsInt() @Min(1) @Max(12)
  number: number;

  @ApiProperty({ example: 2, description: 'Number of terms in the academic year' }) @IsInt() @Min(1) @Max(12)
  of: number;
}

export class ComponentDto {
  @ApiProperty({ example: 'INF-4200' }) @IsString() @IsNotEmpty() @MaxLength(60)
  code: string;

  @ApiProperty({ example: 'Distributed systems' }) @IsString() @IsNotEmpty() @MaxLength(300)
  title: string;

  @ApiProperty({ type: [CreditDto] })
  @IsArray() @ValidateNested({ each: true }) @Type(() => CreditDto) @ArrayMaxSize(5)
  credits: CreditDto[];

  @ApiPropertyOptional({ type: TermDto })
  @IsOptional() @ValidateNested() @Type(() => TermDto)
  term?: TermDto;

  @ApiPropertyOptional({ description: 'Table B only: its presence means the component is not recognised automatically' })
  @IsOptional() @IsString() @MaxLength(2000) @FreeText()
  recognitionConditions?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) @FreeText()
  shortDescription?: string;
}
