import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LOW_CARBON_MODES } from '@app/domain';
import type { ApprenticeshipModality, LowCarbonMode, StayRecords, StayRef } from '@app/domain';
import { Documents } from '@app/http';
import { StudentRecordView } from '../../read/student-record-view';
import { MODALITIES } from '../dto/student-profile.dto';

type Journeys = StayRecords['lowCarbonTravel'];

/** Exactly one of the two fields: StayRef is a union no class can implement, so each field is documented as optional. */
export class StayRefResponse implements Documents<{ [Field in keyof StayRef]: StayRef[Field] }, StayRefResponse> {
  @ApiPropertyOptional({ description: "A learning agreement's mobility id" }) mobilityId?: string;
  @ApiPropertyOptional({ description: 'A declared stay of the student' }) stayId?: string;
}

export class LowCarbonJourneyResponse implements Documents<NonNullable<Journeys['outbound']>, LowCarbonJourneyResponse> {
  @ApiProperty({ example: 2, description: 'Whole days of travel (CTI-MOB-8)' }) days: number;
  @ApiProperty({ enum: LOW_CARBON_MODES }) mode: LowCarbonMode;
}

/** One entry per journey recorded; recording a journey again replaces it. */
export class LowCarbonJourneysResponse implements Documents<Journeys, LowCarbonJourneysResponse> {
  @ApiPropertyOptional({ type: LowCarbonJourneyResponse }) outbound?: LowCarbonJourneyResponse;
  @ApiPropertyOptional({ type: LowCarbonJourneyResponse }) return?: LowCarbonJourneyResponse;
}

export class InternshipAgreementResponse implements Documents<NonNullable<StayRecords['internshipAgreement']>, InternshipAgreementResponse> {
  @ApiProperty({ example: 'CONV-2026-0147', description: 'Reference of the tripartite internship agreement (CTI-MOB-6)' }) reference: string;
  @ApiPropertyOptional({ example: '2026-05-02' }) signedOn?: string;
}

/** What the school recorded about one stay, an agreement's mobility or a declared stay. */
export class StayRecordsResponse implements Documents<StudentRecordView['records'][number], StayRecordsResponse> {
  /** Typed as the union the view sends, which StayRefResponse cannot be. */
  @ApiProperty({ type: StayRefResponse, description: 'Exactly one of mobilityId and stayId' }) stay: StayRef;
  @ApiPropertyOptional({ type: InternshipAgreementResponse }) internshipAgreement?: InternshipAgreementResponse;
  @ApiProperty({ type: LowCarbonJourneysResponse }) lowCarbonTravel: LowCarbonJourneysResponse;
  @ApiProperty({ type: [String], description: 'Dates of the preparation sessions, sorted (CTI-MOB-9)' }) preparation: string[];
  @ApiProperty({ type: [String], description: 'Dates of the follow-up contacts, sorted (CTI-MOB-9)' }) followUp: string[];
  @ApiProperty({ type: [String], description: 'Dates of the debriefs, sorted (CTI-MOB-9)' }) debrief: string[];
  @ApiPropertyOptional({ enum: MODALITIES, description: "This stay's modality; the profile's applies when absent (CTI-MOB-5)" })
  apprenticeshipModality?: ApprenticeshipModality;
}
