import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { STAY_KINDS, type StayKind } from '@app/domain';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A stay no learning agreement carries, declared whether it counts or not (CTI-MOB-3, -4, -7). */
export class DeclaredStayDto {
  @ApiProperty({ example: 'summer-school-2026' }) @IsString() @IsNotEmpty() @MaxLength(100) @Matches(/^[\w.:-]+$/)
  stayId: string;

  @ApiProperty({ enum: STAY_KINDS }) @IsIn(STAY_KINDS)
  kind: StayKind;

  @ApiProperty({ example: 'DE', description: 'ISO 3166-1 alpha-2; FR for internationalisation at home' }) @Matches(/^[A-Z]{2}$/)
  country: string;

  @ApiProperty({ example: '2026-06-01' }) @IsISO8601({ strict: true }) @Matches(ISO_DAY)
  plannedStart: string;

  @ApiProperty({ example: '2026-08-23' }) @IsISO8601({ strict: true }) @Matches(ISO_DAY)
  plannedEnd: string;

  @ApiPropertyOptional() @IsOptional() @IsISO8601({ strict: true }) @Matches(ISO_DAY)
  actualStart?: string;

  @ApiPropertyOptional() @IsOptional() @IsISO8601({ strict: true }) @Matches(ISO_DAY)
  actualEnd?: string;

  @ApiPropertyOptional({ enum: ['individual', 'group'], description: 'Absent means individual (CTI-MOB-3)' })
  @IsOptional() @IsIn(['individual', 'group'])
  stay?: 'individual' | 'group';

  @ApiPropertyOptional({ description: 'Preparatory-cycle stays only: whether the school supervised it (CTI-MOB-1)' })
  @IsOptional() @IsBoolean()
  supervised?: boolean;

  @ApiPropertyOptional({ description: 'Internships only: the internship agreement reference (CTI-MOB-6)' })
  @IsOptional() @IsString() @MaxLength(200)
  internshipAgreement?: string;
}

/** The actual start and/or end of a declared stay, once they happened. */
export class StayDatesDto {
  @ApiPropertyOptional({ example: '2026-06-02' }) @IsOptional() @IsISO8601({ strict: true }) @Matches(ISO_DAY)
  actualStart?: string;

  @ApiPropertyOptional({ example: '2026-08-20' }) @IsOptional() @IsISO8601({ strict: true }) @Matches(ISO_DAY)
  actualEnd?: string;
}
