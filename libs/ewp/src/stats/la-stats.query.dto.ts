import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LaStatsQueryDto {
  @ApiProperty({ description: 'SCHAC code of the sending institution whose outgoing agreements are counted', example: 'insa-lyon.fr' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  school: string;
}
