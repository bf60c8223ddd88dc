import { ApiProperty } from '@nestjs/swagger';
import { Documents } from '@app/http';
import { ErasureView } from '../../read/erasure-view';

/** POST /api/students/:studentId/erasure: the same on every repeat. */
export class ErasureResponse implements Documents<ErasureView, ErasureResponse> {
  @ApiProperty({ example: 'acc-ivan' }) studentId: string;
  @ApiProperty() erasedAt: string;
  @ApiProperty({ description: "The admin's id" }) erasedBy: string;
  @ApiProperty({ description: 'Student stream revision after the erasure was recorded' }) revision: string;
}
