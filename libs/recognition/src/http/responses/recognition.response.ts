import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { COMPONENT_TABLES, REMEDY_KINDS } from '@app/domain';
import type {
  AgreementContent,
  AgreementSnapshot,
  ComponentOutcome,
  ComponentResult,
  ComponentTable,
  CreditConversion,
  CreditLine,
  CreditLineStatus,
  DoubleDegreeMention,
  ExtraCreditsDecisionRecord,
  Failure,
  GradeConversion,
  GradeShare,
  HomeUnit,
  HomeUnitDecisionRecord,
  RecognitionOutcome,
  RecognitionState,
  Remedy,
  RemedyKind,
  TranscriptLine,
  TranscriptVersion,
  UnplannedOutcome,
} from '@app/domain';
import { CreditDto, Documents } from '@app/http';
import {
  CONVERSION_SCHEMA,
  ConvertedResponse,
  GRADE_SCHEMA,
  KeptGradeResponse,
  PendingConversionResponse,
  PercentileGradeResponse,
} from './conversion.response';

const RESULTS = ['passed', 'failed', 'not-taken'];
// The agreements module documents the content; named here by its schema, as a feature imports no other for its types.
const CONTENT = { allOf: [{ $ref: getSchemaPath('AgreementContentResponse') }] };

class GradeShareResponse implements Documents<GradeShare, GradeShareResponse> {
  @ApiProperty() grade: string;
  @ApiProperty() percentage: string;
}

class UnplannedLineResponse implements Documents<NonNullable<TranscriptLine['unplanned']>, UnplannedLineResponse> {
  @ApiPropertyOptional() title?: string;
  @ApiProperty() reason: string;
}

export class TranscriptLineResponse implements Documents<TranscriptLine, TranscriptLineResponse> {
  @ApiProperty() code: string;
  @ApiProperty({ type: CreditDto }) credits: CreditDto;
  @ApiPropertyOptional() localGrade?: string;
  @ApiProperty({ enum: RESULTS }) result: ComponentResult;
  @ApiPropertyOptional({ type: [GradeShareResponse] }) hostGradeDistribution?: GradeShareResponse[];
  @ApiPropertyOptional({ type: UnplannedLineResponse, description: 'REC-UNPLANNED' }) unplanned?: UnplannedLineResponse;
  @ApiPropertyOptional() creditsDifferenceReason?: string;
}

export class TranscriptVersionResponse implements Documents<TranscriptVersion, TranscriptVersionResponse> {
  @ApiProperty() version: number;
  @ApiProperty() agreementVersion: number;
  @ApiProperty() agreementContentHash: string;
  @ApiProperty({ type: [TranscriptLineResponse] }) components: TranscriptLineResponse[];
  @ApiPropertyOptional() correctionReason?: string;
  @ApiProperty() by: string;
  @ApiProperty() at: string;
}

export class AgreementSnapshotResponse implements Documents<AgreementSnapshot, AgreementSnapshotResponse> {
  @ApiProperty() versionNumber: number;
  @ApiProperty(CONTENT) content: AgreementContent;
  @ApiProperty() contentHash: string;
  @ApiPropertyOptional({ enum: [1, 2] }) contentHashScheme?: 1 | 2;
  @ApiPropertyOptional() departedOn?: string;
  @ApiPropertyOptional() returnedOn?: string;
}

@ApiExtraModels(ConvertedResponse, PendingConversionResponse, PercentileGradeResponse, KeptGradeResponse)
export class ComponentOutcomeResponse implements Documents<ComponentOutcome, ComponentOutcomeResponse> {
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: COMPONENT_TABLES }) table: ComponentTable;
  @ApiProperty({ enum: [...RESULTS, 'missing'] }) result: ComponentOutcome['result'];
  @ApiPropertyOptional({ type: CreditDto }) credits?: CreditDto;
  @ApiPropertyOptional() localGrade?: string;
  @ApiPropertyOptional(CONVERSION_SCHEMA) conversion?: CreditConversion;
  @ApiPropertyOptional(GRADE_SCHEMA) grade?: GradeConversion;
  @ApiPropertyOptional() creditsDifferenceReason?: string;
}

@ApiExtraModels(ConvertedResponse, PendingConversionResponse, PercentileGradeResponse, KeptGradeResponse)
export class UnplannedOutcomeResponse implements Documents<UnplannedOutcome, UnplannedOutcomeResponse> {
  @ApiProperty() code: string;
  @ApiPropertyOptional() title?: string;
  @ApiProperty({ enum: RESULTS }) result: ComponentResult;
  @ApiProperty() reason: string;
  @ApiPropertyOptional({ type: CreditDto }) credits?: CreditDto;
  @ApiPropertyOptional() localGrade?: string;
  @ApiPropertyOptional(CONVERSION_SCHEMA) conversion?: CreditConversion;
  @ApiPropertyOptional(GRADE_SCHEMA) grade?: GradeConversion;
}

class HostResponse {
  @ApiProperty() heiId: string;
  @ApiPropertyOptional() organisationalUnit?: string;
}

export class DoubleDegreeResponse implements Documents<DoubleDegreeMention, DoubleDegreeResponse> {
  @ApiProperty({ enum: ['CTI-DD-1'] }) ruleId: 'CTI-DD-1';
  @ApiProperty({ type: HostResponse }) host: HostResponse;
  @ApiPropertyOptional() partnerDegree?: string;
  @ApiProperty({ description: 'The mention for the diploma supplement' }) text: string;
}

export class HomeUnitOutcomeResponse {
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: [CreditDto] }) credits: CreditDto[];
  @ApiPropertyOptional() recognitionConditions?: string;
}

export class RecognitionOutcomeResponse implements Documents<RecognitionOutcome, RecognitionOutcomeResponse> {
  @ApiProperty() transcriptVersion: number;
  @ApiProperty() agreementVersion: number;
  @ApiProperty({ type: [ComponentOutcomeResponse] }) components: ComponentOutcomeResponse[];
  @ApiProperty({ type: [HomeUnitOutcomeResponse] }) homeUnits: HomeUnitOutcomeResponse[];
  @ApiPropertyOptional({ type: [UnplannedOutcomeResponse] }) unplanned?: UnplannedOutcomeResponse[];
  @ApiPropertyOptional({ type: DoubleDegreeResponse }) doubleDegree?: DoubleDegreeResponse;
  @ApiProperty() at: string;
}

class RemedyClosedResponse implements Documents<NonNullable<Remedy['closed']>, RemedyClosedResponse> {
  @ApiProperty({ enum: ['succeeded', 'failed'] }) outcome: 'succeeded' | 'failed';
  @ApiPropertyOptional() ectsObtained?: string;
  @ApiPropertyOptional() comment?: string;
  @ApiProperty() by: string;
  @ApiProperty() at: string;
}

/** CTI-REC-5: how a failed, not taken or missing component is made good. */
export class RemedyResponse implements Documents<Remedy, RemedyResponse> {
  @ApiProperty() number: number;
  @ApiProperty({ enum: REMEDY_KINDS }) kind: RemedyKind;
  @ApiProperty() description: string;
  @ApiProperty() recordedBy: string;
  @ApiProperty() recordedAt: string;
  @ApiPropertyOptional({ type: RemedyClosedResponse }) closed?: RemedyClosedResponse;
}

export class FailureResponse implements Documents<Failure, FailureResponse> {
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ['failed', 'not-taken', 'missing'] }) result: Failure['result'];
  @ApiProperty({ type: [RemedyResponse] }) remedies: RemedyResponse[];
}

export class HomeUnitDecisionResponse implements Documents<HomeUnitDecisionRecord, HomeUnitDecisionResponse> {
  @ApiProperty({ enum: ['recognised', 'not-recognised'] }) decision: HomeUnitDecisionRecord['decision'];
  @ApiProperty() comment: string;
  @ApiProperty() by: string;
  @ApiProperty() at: string;
}

export class HomeUnitResponse implements Documents<HomeUnit, HomeUnitResponse> {
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: [CreditDto] }) credits: CreditDto[];
  @ApiPropertyOptional() recognitionConditions?: string;
  @ApiProperty({ enum: ['recognised', 'not-recognised', 'awaiting-remedy', 'awaiting-decision'] }) status: HomeUnit['status'];
  @ApiPropertyOptional({ enum: ['automatic', 'after-remedy', 'decision'] }) basis?: HomeUnit['basis'];
  @ApiPropertyOptional({ type: HomeUnitDecisionResponse }) decision?: HomeUnitDecisionResponse;
}

export class ExtraCreditsDecisionResponse implements Documents<ExtraCreditsDecisionRecord, ExtraCreditsDecisionResponse> {
  @ApiProperty() componentCode: string;
  @ApiProperty() transcriptVersion: number;
  @ApiProperty({ enum: ['recognised', 'not-recognised'] }) decision: ExtraCreditsDecisionRecord['decision'];
  @ApiProperty() ects: string;
  @ApiProperty() reason: string;
  @ApiProperty() by: string;
  @ApiProperty() at: string;
}

/** One transcript line, planned against obtained, and what of it counts (CTI-REC-1, REC-EXCESS). */
export class CreditLineResponse implements Documents<CreditLine, CreditLineResponse> {
  @ApiProperty() code: string;
  @ApiPropertyOptional() title?: string;
  @ApiProperty({ enum: ['agreement', 'unplanned'] }) source: CreditLine['source'];
  @ApiProperty({ enum: [...RESULTS, 'missing'] }) result: CreditLine['result'];
  @ApiProperty({ type: [CreditDto] }) planned: CreditDto[];
  @ApiPropertyOptional({ type: CreditDto }) obtained?: CreditDto;
  @ApiPropertyOptional() creditsDifferenceReason?: string;
  @ApiPropertyOptional() unplannedReason?: string;
  @ApiPropertyOptional() plannedEcts?: string;
  @ApiPropertyOptional() obtainedEcts?: string;
  @ApiProperty() automaticEcts: string;
  @ApiProperty() beyondPlanEcts: string;
  @ApiPropertyOptional({ type: ExtraCreditsDecisionResponse }) decision?: ExtraCreditsDecisionResponse;
  @ApiProperty() recognisedEcts: string;
  @ApiProperty({ enum: ['recognised', 'awaiting-decision', 'decided', 'awaiting-conversion', 'not-passed'] }) status: CreditLineStatus;
}

/** GET /api/agreements/:id/recognition */
@ApiExtraModels(RemedyResponse, HomeUnitDecisionResponse)
export class RecognitionResponse implements Documents<RecognitionState & { mobilityId: string }, RecognitionResponse> {
  @ApiProperty({ enum: ['awaiting-transcript', 'pending', 'complete'] }) status: RecognitionState['status'];
  @ApiProperty() mobilityId: string;
  @ApiPropertyOptional({ type: AgreementSnapshotResponse, description: 'The version in force the transcript was recorded against' })
  agreement?: AgreementSnapshotResponse;
  @ApiPropertyOptional() partnerDegree?: string;
  @ApiProperty({ type: [TranscriptVersionResponse] }) transcripts: TranscriptVersionResponse[];
  @ApiPropertyOptional({ type: RecognitionOutcomeResponse }) outcome?: RecognitionOutcomeResponse;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'array', items: { $ref: getSchemaPath(RemedyResponse) } }, description: 'By component code' })
  remedies: Record<string, Remedy[]>;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: getSchemaPath(HomeUnitDecisionResponse) }, description: 'By home unit code' })
  decisions: Record<string, HomeUnitDecisionRecord>;
  @ApiProperty({ type: [ExtraCreditsDecisionResponse] }) extraCreditDecisions: ExtraCreditsDecisionResponse[];
  @ApiProperty({ type: [FailureResponse] }) failures: FailureResponse[];
  @ApiProperty({ type: [HomeUnitResponse] }) homeUnits: HomeUnitResponse[];
  @ApiProperty({ type: [String], description: 'Codes of the components whose conversion awaits a rule (CTI-REC-3)' }) pendingConversions: string[];
  @ApiProperty({ type: [CreditLineResponse] }) creditLines: CreditLineResponse[];
  @ApiProperty() automaticEcts: string;
  @ApiProperty() recognisedEcts: string;
  @ApiPropertyOptional({ type: DoubleDegreeResponse }) doubleDegree?: DoubleDegreeResponse;
}
