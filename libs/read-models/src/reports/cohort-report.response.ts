import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import type { MobilityStatus } from '@app/domain';
import { Documents } from '@app/http';
import { CohortReport, CohortSurveys } from './cohort-report';
import { SurveyMomentFigures } from './survey-figures';
import { CohortReportDefinitions, IndicatorDefinition } from './cohort-report.definitions';

type Part<Name extends keyof CohortReport> = CohortReport[Name];

const STATUSES: MobilityStatus[] = ['exempt', 'fulfilled', 'in-progress', 'planned', 'at-risk', 'not-met', 'derogation-granted'];
const counts = (keys: string[]) => ({
  type: 'object' as const,
  properties: Object.fromEntries(keys.map((key) => [key, { type: 'number' as const }])),
  // `required` lists the members; the property itself is required by `selfRequired`.
  required: keys,
  selfRequired: true,
});

class CohortStudentsResponse implements Documents<Part<'students'>, CohortStudentsResponse> {
  @ApiProperty() total: number;
  @ApiProperty({ description: 'Counted in total, not evaluated: no profile recorded' }) withoutProfile: number;
  @ApiProperty() exempt: number;
  @ApiProperty() nonExempt: number;
  @ApiProperty(counts(STATUSES)) byStatus: Record<MobilityStatus, number>;
  @ApiProperty({ type: String, nullable: true, description: 'CTI-MOB-1: fulfilled among the non-exempt students with a profile' }) mobilityRate: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'Derogations by their reason' })
  derogationsByReason: Record<string, number>;
}

class EwpCountersResponse implements Documents<Part<'agreements'>['ewp'], EwpCountersResponse> {
  @ApiProperty() notModifiedAfterApproval: number;
  @ApiProperty() modifiedAfterApproval: number;
  @ApiProperty() latestVersionApproved: number;
  @ApiProperty() latestVersionRejected: number;
  @ApiProperty() latestVersionAwaiting: number;
}

class CohortAgreementsResponse implements Documents<Part<'agreements'>, CohortAgreementsResponse> {
  @ApiProperty() outgoing: number;
  @ApiProperty() approved: number;
  @ApiProperty() departed: number;
  @ApiProperty({ description: 'CTI-LA-1' }) signedByAllBeforeDeparture: number;
  @ApiProperty({ description: 'CTI-LA-1 findings' }) departedBeforeSignature: number;
  @ApiProperty({ type: EwpCountersResponse }) ewp: EwpCountersResponse;
}

class CohortCreditsResponse implements Documents<Part<'credits'>, CohortCreditsResponse> {
  @ApiProperty() plannedEcts: string;
  @ApiProperty() agreementsWithTranscript: number;
  @ApiProperty() plannedEctsWithTranscript: string;
  @ApiProperty() recognisedEcts: string;
  @ApiProperty({ description: 'CTI-REC-1' }) automaticEcts: string;
  @ApiProperty({ description: 'REC-EXCESS' }) recognisedBeyondPlanEcts: string;
  @ApiProperty({ type: String, nullable: true }) automaticShare: string | null;
  @ApiProperty({ description: 'CTI-REC-5' }) failedComponents: number;
  @ApiProperty() remedied: number;
}

class LowCarbonTravelResponse implements Documents<Part<'stays'>['lowCarbonTravel'], LowCarbonTravelResponse> {
  @ApiProperty() stays: number;
  @ApiProperty() daysRecorded: number;
  @ApiProperty() daysCounted: number;
}

class CohortStaysResponse implements Documents<Part<'stays'>, CohortStaysResponse> {
  @ApiProperty() lengthenedCurriculum: number;
  @ApiProperty({ description: 'CTI-MOB-3' }) individual: number;
  @ApiProperty() group: number;
  @ApiProperty({ type: LowCarbonTravelResponse, description: 'CTI-MOB-8' }) lowCarbonTravel: LowCarbonTravelResponse;
}

class CohortIncomingResponse implements Documents<Part<'incoming'>, CohortIncomingResponse> {
  @ApiProperty() agreements: number;
  @ApiProperty() approved: number;
  @ApiProperty() students: number;
}

export class SurveyMomentResponse implements Documents<SurveyMomentFigures, SurveyMomentResponse> {
  @ApiProperty({ description: 'Outgoing agreements whose student was asked (departed, or returned)' }) invited: number;
  @ApiProperty({ description: 'SURVEY-ONCE: answered once each' }) answered: number;
  @ApiProperty({ type: String, nullable: true, description: 'answered / invited' }) responseRate: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', nullable: true },
    description: 'Mean rating (1 to 5) of each rating question, by its id; free text never',
    example: { preparation: '4.00', stay: '4.50', recognition: null },
  })
  satisfaction: Record<string, string | null>;
}

export class SurveyMomentsResponse implements Documents<Record<'mid-stay' | 'after-return', SurveyMomentFigures>, SurveyMomentsResponse> {
  @ApiProperty({ type: SurveyMomentResponse }) 'mid-stay': SurveyMomentResponse;
  @ApiProperty({ type: SurveyMomentResponse }) 'after-return': SurveyMomentResponse;
}

class CohortSurveysResponse implements Documents<CohortSurveys, CohortSurveysResponse> {
  @ApiProperty({ type: SurveyMomentResponse, description: 'During the stay' }) 'mid-stay': SurveyMomentResponse;
  @ApiProperty({ type: SurveyMomentResponse, description: 'After the return' }) 'after-return': SurveyMomentResponse;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: getSchemaPath(SurveyMomentsResponse) }, description: 'The same, by receiving partner (SCHAC code)' })
  byPartner: Record<string, SurveyMomentsResponse>;
}

export class IndicatorDefinitionResponse implements Documents<IndicatorDefinition, IndicatorDefinitionResponse> {
  @ApiProperty({ example: 'CTI-MOB-1' }) ruleId: string;
  @ApiProperty() definition: string;
  @ApiPropertyOptional({ description: 'The path of the figure divided' }) numerator?: string;
  @ApiPropertyOptional({ description: 'The path of the figure it is divided by' }) denominator?: string;
}

/** GET /api/reports/cohort (JSON) */
@ApiExtraModels(IndicatorDefinitionResponse, SurveyMomentsResponse)
export class CohortReportResponse implements Documents<CohortReport, CohortReportResponse> {
  @ApiProperty() school: string;
  @ApiProperty({ example: '2026/2027' }) academicYear: string;
  @ApiProperty() evaluatedOn: string;
  @ApiProperty({ type: CohortStudentsResponse }) students: CohortStudentsResponse;
  @ApiProperty({ type: CohortAgreementsResponse }) agreements: CohortAgreementsResponse;
  @ApiProperty({ type: CohortCreditsResponse }) credits: CohortCreditsResponse;
  @ApiProperty({ type: CohortStaysResponse }) stays: CohortStaysResponse;
  @ApiProperty({ type: CohortIncomingResponse, description: 'CTI-IN-1' }) incoming: CohortIncomingResponse;
  @ApiProperty({ type: CohortSurveysResponse, description: "CTI-MOB-9: the participants' survey of the outgoing agreements" }) surveys: CohortSurveysResponse;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: getSchemaPath(IndicatorDefinitionResponse) }, description: 'How each figure is computed, by its path' })
  definitions: CohortReportDefinitions;
}
