import { ApiProperty } from '@nestjs/swagger';
import { Documents } from '@app/http';
import { SHOWN_STATUSES, ShownStatus } from './shown-status';
import { AgreementSummary } from '@app/kernel';
import { AgreementPage } from '../../queries/list-agreements.query';

/** One line of the agreements list. */
export class AgreementSummaryResponse implements Documents<AgreementSummary, AgreementSummaryResponse> {
  @ApiProperty() mobilityId: string;
  @ApiProperty({ enum: SHOWN_STATUSES }) status: ShownStatus;
  @ApiProperty() studentAccountId: string;
  @ApiProperty() studentName: string;
  @ApiProperty() sendingInstitution: string;
  @ApiProperty() receivingInstitution: string;
  @ApiProperty({ example: '2026/2027' }) receivingAcademicYear: string;
  @ApiProperty({ type: Number, nullable: true }) versionInForce: number | null;
  @ApiProperty({ enum: ['student', 'sending', 'receiving'], nullable: true, description: 'Whose signature is awaited next' }) awaiting: string | null;
}

/** GET /api/agreements: one page of the agreements the caller may read. */
export class AgreementPageResponse implements Documents<AgreementPage, AgreementPageResponse> {
  @ApiProperty({ type: [AgreementSummaryResponse] }) items: AgreementSummaryResponse[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}
