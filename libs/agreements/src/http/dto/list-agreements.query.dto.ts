import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { AgreementStatus } from '@app/domain';

const STATUSES: AgreementStatus[] = ['draft', 'signing', 'approved', 'amendment-proposed', 'deleted'];

export class ListAgreementsQueryDto {
  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsIn(STATUSES)
  status?: AgreementStatus;

  @ApiPropertyOptional({ description: "Student's account id" }) @IsOptional() @IsString() @MaxLength(200)
  student?: string;

  @ApiPropertyOptional({ description: 'SCHAC id of the sending or the receiving institution' })
  @IsOptional() @IsString() @MaxLength(200)
  institution?: string;

  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1)
  page?: number;

  @ApiPropertyOptional({ default: 20, maximum: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  pageSize?: number;
}
