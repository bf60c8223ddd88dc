import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import type {
  AgreementWarning,
  ApprovedVersion,
  ComponentChange,
  ConfirmedStay,
  Coverage,
  Finding,
  MinorChange,
  MinorFields,
  Party,
  Rejection,
  StayDate,
  StayDates,
  StudentChanges,
  Withdrawal,
} from '@app/domain';
import { Documents } from '@app/http';
import { SHOWN_STATUSES, ShownStatus } from './shown-status';
import { AgreementView } from '../../read/agreement-view';
import { ContactPersonDto, StudentChangesDto } from '../dto';
import { AgreementContentResponse } from './agreement-content.response';
import { CHANGE_SCHEMA, DeletionResponse, InsertionResponse, ProposalResponse } from './amendment.response';
import { PARTIES, SignatureReportResponse, SignatureResponse } from './signature.response';

/** A version in force or past: its content as signed by the three parties. */
@ApiExtraModels(InsertionResponse, DeletionResponse)
export class VersionResponse implements Documents<ApprovedVersion, VersionResponse> {
  @ApiProperty() number: number;
  @ApiProperty({ type: AgreementContentResponse }) content: AgreementContentResponse;
  @ApiProperty() contentHash: string;
  @ApiPropertyOptional({ enum: [1, 2] }) contentHashScheme?: 1 | 2;
  @ApiProperty({ type: [SignatureResponse] }) signatures: SignatureResponse[];
  @ApiProperty() approvedAt: string;
  @ApiPropertyOptional({ description: 'The amendment that brought it into force' }) proposalNumber?: number;
  @ApiPropertyOptional({ type: 'array', items: CHANGE_SCHEMA }) changes?: ComponentChange[];
  @ApiPropertyOptional({ type: StudentChangesDto }) studentChanges?: StudentChanges;
}

/** The draft being signed (before version 1). */
export class RoundResponse implements Documents<NonNullable<AgreementView['draft']>, RoundResponse> {
  @ApiProperty({ type: AgreementContentResponse }) content: AgreementContentResponse;
  @ApiProperty() contentHash: string;
  @ApiPropertyOptional({ enum: [1, 2] }) contentHashScheme?: 1 | 2;
  @ApiProperty({ type: [SignatureResponse] }) signatures: SignatureResponse[];
  @ApiProperty({ enum: PARTIES, nullable: true, description: 'Whose signature is awaited next' }) awaiting: Party | null;
}

export class VersionEntryResponse implements Documents<AgreementView['versions'][number], VersionEntryResponse> {
  @ApiProperty() number: number;
  @ApiProperty() contentHash: string;
  @ApiProperty() approvedAt: string;
  @ApiPropertyOptional() proposalNumber?: number;
}

class ProposalRefResponse {
  @ApiProperty() proposalNumber: number;
}

@ApiExtraModels(ProposalRefResponse)
export class RejectionResponse implements Documents<Rejection, RejectionResponse> {
  @ApiProperty({ oneOf: [{ type: 'string', enum: ['draft'] }, { $ref: getSchemaPath(ProposalRefResponse) }], description: 'The draft, or an amendment' })
  of: Rejection['of'];
  @ApiProperty() contentHash: string;
  @ApiProperty({ enum: PARTIES }) party: Party;
  @ApiProperty() by: string;
  @ApiProperty() comment: string;
  @ApiProperty() at: string;
}

export class WithdrawalResponse implements Documents<Withdrawal, WithdrawalResponse> {
  @ApiProperty() proposalNumber: number;
  @ApiProperty() contentHash: string;
  @ApiProperty({ enum: PARTIES }) party: Party;
  @ApiProperty() by: string;
  @ApiPropertyOptional() comment?: string;
  @ApiProperty() at: string;
}

export class ConfirmedStayResponse implements Documents<ConfirmedStay, ConfirmedStayResponse> {
  @ApiPropertyOptional() start?: string;
  @ApiPropertyOptional() end?: string;
  @ApiProperty() confirmedAt: string;
  @ApiProperty() by: string;
}

/** LA-STAY: a date of the stay and where it comes from. */
export class StayDateResponse implements Documents<StayDate, StayDateResponse> {
  @ApiProperty() date: string;
  @ApiProperty({ enum: ['confirmed', 'declared', 'planned'] }) source: StayDate['source'];
}

export class StayDatesResponse implements Documents<StayDates, StayDatesResponse> {
  @ApiPropertyOptional({ type: StayDateResponse }) start?: StayDateResponse;
  @ApiPropertyOptional({ type: StayDateResponse }) end?: StayDateResponse;
}

/** LA-MINOR: the fields a minor change touches, only those that change. */
export class MinorFieldsResponse implements Documents<MinorFields, MinorFieldsResponse> {
  @ApiPropertyOptional() plannedStart?: string;
  @ApiPropertyOptional() plannedEnd?: string;
  @ApiPropertyOptional({ type: ContactPersonDto }) sendingContactPerson?: ContactPersonDto;
  @ApiPropertyOptional({ type: ContactPersonDto }) receivingContactPerson?: ContactPersonDto;
}

export class MinorChangeResponse implements Documents<MinorChange, MinorChangeResponse> {
  @ApiProperty() version: number;
  @ApiProperty({ type: MinorFieldsResponse }) changes: MinorFieldsResponse;
  @ApiProperty({ type: MinorFieldsResponse }) previous: MinorFieldsResponse;
  @ApiProperty() note: string;
  @ApiProperty({ enum: PARTIES }) party: Party;
  @ApiProperty() by: string;
  @ApiProperty() at: string;
}

/** CTI-LA-1: the stay began before the third signature. */
export class FindingResponse implements Documents<Finding, FindingResponse> {
  @ApiProperty({ enum: ['CTI-LA-1'] }) ruleId: 'CTI-LA-1';
  @ApiProperty() detail: string;
  @ApiProperty() at: string;
  @ApiPropertyOptional({ enum: ['declared', 'confirmed'] }) basis?: 'declared' | 'confirmed';
}

/** LA-PARTNERSHIP: what covers the mobility, when the sending school checks partnerships. */
export class CoverageResponse {
  @ApiProperty({ enum: ['covered', 'not-covered', 'individual-convention'] }) status: Coverage['status'];
  @ApiPropertyOptional() partnershipId?: string;
  @ApiPropertyOptional() iiaKey?: string;
  @ApiPropertyOptional({ enum: ['LA-PARTNERSHIP'] }) ruleId?: 'LA-PARTNERSHIP';
  @ApiPropertyOptional() detail?: string;
  @ApiPropertyOptional() reference?: string;
}

/** What the content raises without being refused, in the reader's language. */
export class AgreementWarningResponse implements Documents<AgreementWarning, AgreementWarningResponse> {
  @ApiProperty({ example: 'EWP-LA-CONTACT' }) ruleId: string;
  @ApiProperty() field: string;
  @ApiProperty() detail: string;
}

/** GET /api/agreements/:id */
export class AgreementResponse implements Documents<AgreementView, AgreementResponse> {
  @ApiProperty() mobilityId: string;
  @ApiProperty({ enum: SHOWN_STATUSES }) status: ShownStatus;
  @ApiProperty({ description: 'Stream revision this view was read at' }) revision: string;
  @ApiPropertyOptional({ type: VersionResponse }) versionInForce?: VersionResponse;
  @ApiPropertyOptional({ type: RoundResponse }) draft?: RoundResponse;
  @ApiPropertyOptional({ type: ProposalResponse }) proposal?: ProposalResponse;
  @ApiProperty({ type: [VersionEntryResponse] }) versions: VersionEntryResponse[];
  @ApiProperty({ type: [RejectionResponse] }) rejections: RejectionResponse[];
  @ApiProperty({ type: [WithdrawalResponse] }) withdrawals: WithdrawalResponse[];
  @ApiProperty({ type: [SignatureReportResponse] }) reportedSignatures: SignatureReportResponse[];
  @ApiPropertyOptional({ description: 'As declared by the student or the sending school' }) departedOn?: string;
  @ApiPropertyOptional() returnedOn?: string;
  @ApiPropertyOptional({ type: ConfirmedStayResponse }) confirmedStay?: ConfirmedStayResponse;
  @ApiProperty({ type: StayDatesResponse }) stay: StayDatesResponse;
  @ApiProperty({ type: [MinorChangeResponse] }) minorChanges: MinorChangeResponse[];
  @ApiPropertyOptional({ type: AgreementContentResponse, description: 'The version in force with its minor changes' })
  contentInEffect?: AgreementContentResponse;
  @ApiProperty({ type: [FindingResponse] }) findings: FindingResponse[];
  @ApiPropertyOptional({ type: CoverageResponse }) coverage?: Coverage;
  @ApiProperty({ type: [AgreementWarningResponse] }) warnings: AgreementWarningResponse[];
}
