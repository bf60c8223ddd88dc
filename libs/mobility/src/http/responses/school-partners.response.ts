import { ApiProperty } from '@nestjs/swagger';
import { MOBILITY_KINDS, MobilityKind, PartnerKind } from '@app/domain';
import { Documents } from '@app/http';
import { PartnerCoverageLine, SchoolPartnerView, SchoolPartnersView } from '../../read/school-partners-view';

export class PartnerCoverageLineResponse implements Documents<PartnerCoverageLine, PartnerCoverageLineResponse> {
  @ApiProperty({ enum: MOBILITY_KINDS }) kind: MobilityKind;
  @ApiProperty({ example: '2026/2027' }) firstAcademicYear: string;
  @ApiProperty({ example: '2028/2029' }) lastAcademicYear: string;
  @ApiProperty({ type: [String], example: ['0613'], description: 'ISCED-F codes; empty: any subject area' }) subjectAreas: string[];
  @ApiProperty({ type: [Number], example: [7], description: 'Empty: any level' }) eqfLevels: number[];
}

export class SchoolPartnerResponse implements Documents<SchoolPartnerView, SchoolPartnerResponse> {
  @ApiProperty({ example: 'uw.edu.pl', description: 'SCHAC code, or the id the school gives a company' }) heiId: string;
  @ApiProperty({ enum: ['institution', 'company'] }) kind: PartnerKind;
  @ApiProperty({ type: String, nullable: true, example: 'University of Warsaw' }) name: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'PL' }) country: string | null;
  @ApiProperty({ type: [PartnerCoverageLineResponse], description: 'What the IIAs in effect cover of a mobility from the school to this partner (LA-PARTNERSHIP)' })
  coverage: PartnerCoverageLineResponse[];
}

/** GET /api/students/:studentId/school-partners */
export class SchoolPartnersResponse implements Documents<SchoolPartnersView, SchoolPartnersResponse> {
  @ApiProperty({ type: String, nullable: true, example: 'insa-lyon.fr', description: "The student's school: their profile's, else their agreements' sending institution" })
  schoolId: string | null;
  @ApiProperty({ type: [SchoolPartnerResponse] }) partners: SchoolPartnerResponse[];
}
