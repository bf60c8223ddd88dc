import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { FreeText } from '@app/http';

export class GrantDerogationDto {
  @ApiProperty({ example: 'medical: travel contraindicated', description: 'The auditor asks for the reasons of derogations' })
  @IsString() @IsNotEmpty() @MaxLength(2000) @FreeText()
  reason: string;

  @ApiProperty({ example: 'jury des études, 2026-05-12' }) @IsString() @IsNotEmpty() @MaxLength(300)
  decidedBy: string;
}

export class RevokeDerogationDto {
  @ApiProperty({ example: 'the student can now travel' }) @IsString() @IsNotEmpty() @MaxLength(2000) @FreeText()
  reason: string;
}
