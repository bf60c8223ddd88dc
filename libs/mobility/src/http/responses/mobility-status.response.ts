import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MobilityRules } from '@app/domain';
import type {
  Activity,
  ApprenticeshipModality,
  DaysByPhase,
  MobilityEvaluation,
  MobilityRuleId,
  MobilityStatus,
  MobilityWarning,
  StayEvaluation,
  StayKind,
  StayPhase,
  Track,
  WeeksByPhase,
} from '@app/domain';
import { Documents } from '@app/http';
import { MobilityStatusView } from '../../queries/get-mobility-status.query';

const RULES = Object.keys(MobilityRules);
const SOURCES = ['confirmed', 'declared', 'planned'];

/** A warning of the evaluation, in the language the request asked for. */
export class MobilityWarningResponse implements Documents<MobilityWarning, MobilityWarningResponse> {
  @ApiProperty({ enum: RULES }) ruleId: MobilityRuleId;
  @ApiProperty() message: string;
  @ApiPropertyOptional({ description: 'The stay it is about (its key)' }) stay?: string;
}

class DateSourcesResponse implements Documents<StayEvaluation['dateSources'], DateSourcesResponse> {
  @ApiProperty({ enum: SOURCES }) start: StayEvaluation['dateSources']['start'];
  @ApiProperty({ enum: SOURCES }) end: StayEvaluation['dateSources']['end'];
}

class LowCarbonTravelDaysResponse implements Documents<StayEvaluation['lowCarbonTravelDays'], LowCarbonTravelDaysResponse> {
  @ApiProperty() recorded: number;
  @ApiProperty({ description: 'As the study regulations let them count (CTI-MOB-8)' }) counted: number;
}

class SupportResponse implements Documents<StayEvaluation['support'], SupportResponse> {
  @ApiProperty({ type: [String] }) preparation: string[];
  @ApiProperty({ type: [String] }) followUp: string[];
  @ApiProperty({ type: [String] }) debrief: string[];
}

/** One stay with the rule that counts it or not, and why, in the request's language. */
export class StayEvaluationResponse implements Documents<StayEvaluation, StayEvaluationResponse> {
  @ApiProperty({ example: 'mobility:5f0c…' }) key: string;
  @ApiProperty({ enum: ['agreement', 'declared'] }) source: 'agreement' | 'declared';
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['gap-period', 'internationalisation-at-home', 'preparatory-cycle', 'internship', 'studies', 'research'] }) kind: StayKind;
  @ApiPropertyOptional({ enum: ['studies', 'internship', 'research', 'double-degree', 'joint-programme'] }) activity?: Activity;
  @ApiPropertyOptional() country?: string;
  @ApiProperty() start: string;
  @ApiProperty() end: string;
  @ApiProperty({ type: DateSourcesResponse }) dateSources: DateSourcesResponse;
  @ApiProperty({ enum: ['planned', 'underway', 'completed'] }) phase: StayPhase;
  @ApiProperty() counts: boolean;
  @ApiProperty({ enum: RULES }) ruleId: MobilityRuleId;
  @ApiProperty() reason: string;
  @ApiProperty() days: number;
  @ApiProperty({ type: LowCarbonTravelDaysResponse }) lowCarbonTravelDays: LowCarbonTravelDaysResponse;
  @ApiProperty() countedDays: number;
  @ApiProperty({ example: '12.3' }) weeks: string;
  @ApiPropertyOptional({ enum: ['at-disposal-of-host', 'contract-on-hold'] }) apprenticeshipModality?: ApprenticeshipModality;
  @ApiProperty({ type: SupportResponse }) support: SupportResponse;
  @ApiProperty({ type: [MobilityWarningResponse] }) warnings: MobilityWarningResponse[];
}

class DerogationResponse implements Documents<NonNullable<MobilityEvaluation['derogation']>, DerogationResponse> {
  @ApiProperty() reason: string;
  @ApiProperty() decidedBy: string;
}

class DaysResponse implements Documents<DaysByPhase, DaysResponse> {
  @ApiProperty() completed: number;
  @ApiProperty() underway: number;
  @ApiProperty() planned: number;
  @ApiProperty() total: number;
}

class WeeksResponse implements Documents<WeeksByPhase, WeeksResponse> {
  @ApiProperty() completed: string;
  @ApiProperty() underway: string;
  @ApiProperty() planned: string;
  @ApiProperty() total: string;
}

/** GET /api/students/:studentId/mobility-status */
export class MobilityStatusResponse implements Documents<MobilityStatusView, MobilityStatusResponse> {
  @ApiProperty() studentId: string;
  @ApiProperty() schoolId: string;
  @ApiProperty({ example: '2027-03-01' }) today: string;
  @ApiProperty({ enum: ['exempt', 'fulfilled', 'in-progress', 'planned', 'at-risk', 'not-met', 'derogation-granted'] }) status: MobilityStatus;
  @ApiProperty({ enum: RULES }) ruleId: MobilityRuleId;
  @ApiProperty({ description: 'Why the status, in the language of Accept-Language' }) explanation: string;
  @ApiProperty() exempt: boolean;
  @ApiPropertyOptional({ type: DerogationResponse }) derogation?: DerogationResponse;
  @ApiProperty({ enum: ['student', 'apprentice'] }) track: Track;
  @ApiProperty() minimumWeeks: number;
  @ApiProperty({ type: DaysResponse }) days: DaysResponse;
  @ApiProperty({ type: WeeksResponse }) weeks: WeeksResponse;
  @ApiProperty({ type: [StayEvaluationResponse] }) stays: StayEvaluationResponse[];
  @ApiProperty({ type: [MobilityWarningResponse] }) warnings: MobilityWarningResponse[];
}
