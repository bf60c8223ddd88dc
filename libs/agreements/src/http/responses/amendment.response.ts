import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { COMPONENT_TABLES, DELETE_REASONS, INSERT_REASONS } from '@app/domain';
import type { ComponentChange, ComponentTable, OtherReason, Party, StudentChanges } from '@app/domain';
import { Documents } from '@app/http';
import { AgreementView } from '../../read/agreement-view';
import { StudentChangesDto } from '../dto/agreement-actions.dto';
import { AgreementContentResponse, ComponentResponse } from './agreement-content.response';
import { PARTIES, SignatureResponse } from './signature.response';

class OtherReasonResponse implements Documents<OtherReason, OtherReasonResponse> {
  @ApiProperty() other: string;
}

const reason = (codes: readonly string[]) => ({ oneOf: [{ type: 'string', enum: [...codes] }, { $ref: getSchemaPath(OtherReasonResponse) }] });

@ApiExtraModels(OtherReasonResponse)
export class InsertionResponse implements Documents<Extract<ComponentChange, { op: 'insert' }>, InsertionResponse> {
  @ApiProperty({ enum: ['insert'] }) op: 'insert';
  @ApiProperty({ enum: COMPONENT_TABLES }) table: ComponentTable;
  @ApiProperty({ type: ComponentResponse }) component: ComponentResponse;
  @ApiProperty(reason(INSERT_REASONS)) reason: Extract<ComponentChange, { op: 'insert' }>['reason'];
}

@ApiExtraModels(OtherReasonResponse)
export class DeletionResponse implements Documents<Extract<ComponentChange, { op: 'delete' }>, DeletionResponse> {
  @ApiProperty({ enum: ['delete'] }) op: 'delete';
  @ApiProperty({ enum: COMPONENT_TABLES }) table: ComponentTable;
  @ApiProperty() code: string;
  @ApiProperty(reason(DELETE_REASONS)) reason: Extract<ComponentChange, { op: 'delete' }>['reason'];
}

/** One change of an amendment (CTI-LA-3): a component inserted or deleted, with its reason. */
export const CHANGE_SCHEMA = { oneOf: [{ $ref: getSchemaPath(InsertionResponse) }, { $ref: getSchemaPath(DeletionResponse) }] };

class ProposerResponse {
  @ApiProperty({ enum: PARTIES }) party: Party;
  @ApiProperty() id: string;
}

/** An open amendment proposal, the content it would bring into force and who signed it. */
@ApiExtraModels(InsertionResponse, DeletionResponse)
export class ProposalResponse implements Documents<NonNullable<AgreementView['proposal']>, ProposalResponse> {
  @ApiProperty() number: number;
  @ApiProperty() baseVersion: number;
  @ApiProperty({ type: 'array', items: CHANGE_SCHEMA }) changes: ComponentChange[];
  @ApiPropertyOptional({ type: StudentChangesDto, description: 'LA-STUDENT: the student data the amendment changes' })
  studentChanges?: StudentChanges;
  @ApiProperty({ type: AgreementContentResponse }) content: AgreementContentResponse;
  @ApiProperty() contentHash: string;
  @ApiPropertyOptional({ enum: [1, 2] }) contentHashScheme?: 1 | 2;
  @ApiProperty({ type: [SignatureResponse] }) signatures: SignatureResponse[];
  @ApiProperty({ type: ProposerResponse }) proposedBy: ProposerResponse;
  @ApiProperty() proposedAt: string;
  @ApiProperty({ enum: PARTIES, nullable: true, description: 'Whose signature is awaited next' }) awaiting: Party | null;
}
