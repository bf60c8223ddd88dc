import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CreditDto, FreeText } from '@app/http';

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
