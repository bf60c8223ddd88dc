import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CooperationCondition, IiaPartner, LanguageRequirement, MOBILITY_KINDS, MobilityKind, SubjectArea } from '@app/domain';
import { Documents } from '@app/http';
import { PartnershipView } from '../../read/partnership-view';

export class IiaPartnerResponse implements Documents<IiaPartner, IiaPartnerResponse> {
  @ApiProperty({ example: 'uw.edu.pl' }) heiId: string;
  @ApiPropertyOptional({ description: "The partner's own id of the IIA, when it gave one" }) iiaId?: string;
  @ApiPropertyOptional() iiaCode?: string;
}

export class SubjectAreaResponse implements Documents<SubjectArea, SubjectAreaResponse> {
  @ApiProperty({ example: '0613', description: 'ISCED-F code' }) iscedFCode: string;
  @ApiPropertyOptional() clarification?: string;
}

export class LanguageRequirementResponse implements Documents<LanguageRequirement, LanguageRequirementResponse> {
  @ApiProperty({ example: 'en' }) language: string;
  @ApiPropertyOptional({ example: 'B2' }) cefrLevel?: string;
  @ApiPropertyOptional() iscedFCode?: string;
}

/** One direction of one kind of mobility, as EWP IIA v7 states it. */
export class CooperationConditionResponse implements Documents<CooperationCondition, CooperationConditionResponse> {
  @ApiProperty({ enum: MOBILITY_KINDS }) kind: MobilityKind;
  @ApiProperty({ example: 'insa-lyon.fr' }) sendingHeiId: string;
  @ApiProperty({ example: 'uw.edu.pl' }) receivingHeiId: string;
  @ApiProperty({ example: '2026/2027', description: 'EWP academic-year id, included' }) firstAcademicYear: string;
  @ApiProperty({ example: '2028/2029', description: 'EWP academic-year id, included' }) lastAcademicYear: string;
  @ApiProperty({ example: 4 }) mobilitiesPerYear: number;
  @ApiPropertyOptional({ example: '20', description: 'Decimal string: months for students' }) totalMonthsPerYear?: string;
  @ApiPropertyOptional({ description: 'Decimal string: days for staff' }) totalDaysPerYear?: string;
  @ApiProperty({ type: [SubjectAreaResponse], description: 'Empty: any subject area' }) subjectAreas: SubjectAreaResponse[];
  @ApiProperty({ type: [Number], description: 'Empty: any level' }) eqfLevels: number[];
  @ApiProperty({ type: [LanguageRequirementResponse] }) languageRequirements: LanguageRequirementResponse[];
  @ApiPropertyOptional() blended?: boolean;
}

/** An inter-institutional agreement of the partnership, under the key the register keeps it by. */
export class IiaResponse implements Documents<PartnershipView['iias'][number], IiaResponse> {
  @ApiProperty() iiaKey: string;
  @ApiProperty({ type: [IiaPartnerResponse] }) partners: IiaPartnerResponse[];
  @ApiProperty() inEffect: boolean;
  @ApiProperty({ type: [CooperationConditionResponse] }) conditions: CooperationConditionResponse[];
  @ApiPropertyOptional({ description: "EWP's iia-hash of the cooperation conditions, when the IIA came over EWP" }) iiaHash?: string;
}
