import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches } from 'class-validator';

export class SurveyFiguresQueryDto {
  @ApiProperty({ description: 'SCHAC code of the sending school', example: 'insa-lyon.fr' })
  @IsString()
  @IsNotEmpty()
  school!: string;

  @ApiProperty({ description: 'EWP receiving academic year', example: '2025/2026' })
  @Matches(/^\d{4}\/\d{4}$/, { message: 'year must read YYYY/YYYY, e.g. 2025/2026' })
  year!: string;
}
