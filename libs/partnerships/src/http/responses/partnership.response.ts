import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MOBILITY_KINDS, MobilityKind, Partner, PartnerKind, QuotaLine } from '@app/domain';
import { Documents } from '@app/http';
import { PartnershipView } from '../../read/partnership-view';
import { IiaResponse } from './iia.response';

export class PartnerResponse implements Documents<Partner, PartnerResponse> {
  @ApiProperty({ example: 'uw.edu.pl', description: 'SCHAC code, or the id the school gives a company' }) id: string;
  @ApiProperty({ enum: ['institution', 'company'] }) kind: PartnerKind;
  @ApiPropertyOptional({ example: 'University of Warsaw' }) name?: string;
  @ApiPropertyOptional({ example: 'PL' }) country?: string;
}

/** A condition in effect in the year asked for: the mobilities agreed, used and left. */
export class QuotaLineResponse implements Documents<QuotaLine, QuotaLineResponse> {
  @ApiProperty() iiaKey: string;
  @ApiProperty({ enum: MOBILITY_KINDS }) kind: MobilityKind;
  @ApiProperty() sendingHeiId: string;
  @ApiProperty() receivingHeiId: string;
  @ApiProperty({ type: [String], example: ['0613'], description: 'ISCED-F codes; empty: any subject area' }) subjectAreas: string[];
  @ApiProperty() agreed: number;
  @ApiProperty() used: number;
  @ApiProperty({ description: 'Agreed minus used; negative when more agreements were drafted than agreed' }) left: number;
  @ApiPropertyOptional() totalMonthsPerYear?: string;
}

export class PartnershipResponse implements Documents<PartnershipView, PartnershipResponse> {
  @ApiProperty({ example: 'insa-lyon.fr+uw.edu.pl' }) partnershipId: string;
  @ApiProperty({ type: [PartnerResponse] }) partners: PartnerResponse[];
  @ApiProperty({ type: [IiaResponse] }) iias: IiaResponse[];
  @ApiPropertyOptional({ type: [QuotaLineResponse], description: 'Only with ?year=' }) quotas?: QuotaLineResponse[];
}

/** GET /api/partnerships */
export class PartnershipsResponse implements Documents<{ partnerships: PartnershipView[] }, PartnershipsResponse> {
  @ApiProperty({ type: [PartnershipResponse] }) partnerships: PartnershipResponse[];
}
