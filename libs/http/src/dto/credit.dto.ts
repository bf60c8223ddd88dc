import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { saidAs } from '../errors/field-sentences';

/** A credit or percentage as the API takes it: a decimal string (up to 9999.99), never a float. */
export const DECIMAL = /^\d{1,4}(\.\d{1,2})?$/;

export class CreditDto {
  @ApiProperty({ example: 'ects', description: 'Credit scheme: ects, or a national one (us-semester-hours, uk-cats, ...)' })
  @IsString() @IsNotEmpty() @MaxLength(40)
  scheme: string;

  @ApiProperty({ example: '7.5', description: 'A decimal string, never a float, so sums stay exact' })
  @IsString() @Matches(DECIMAL, saidAs({ en: 'value must be a decimal number such as "7.5"', fr: 'value doit être un nombre décimal tel que "7.5"' }))
  value: string;
}
