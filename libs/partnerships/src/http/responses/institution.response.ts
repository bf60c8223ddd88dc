import { ApiProperty } from '@nestjs/swagger';
import { Documents } from '@app/http';
import { InstitutionEntry, InstitutionSource } from '@app/kernel';

const SOURCES: InstitutionSource[] = ['register', 'partner', 'iia', 'agreement'];

/** An institution as the register names it. */
export class InstitutionEntryResponse implements Documents<InstitutionEntry, InstitutionEntryResponse> {
  @ApiProperty({ example: 'uw.edu.pl' }) heiId: string;
  @ApiProperty({ type: String, nullable: true, example: 'University of Warsaw' }) name: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'PL' }) country: string | null;
  @ApiProperty({ enum: SOURCES, isArray: true, description: 'Where the register learnt it, most trusted first' }) sources: InstitutionSource[];
}

/** GET /api/institutions */
export class InstitutionsResponse implements Documents<{ institutions: InstitutionEntry[] }, InstitutionsResponse> {
  @ApiProperty({ type: [InstitutionEntryResponse] }) institutions: InstitutionEntryResponse[];
}
