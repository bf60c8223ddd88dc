import { ApiProperty } from '@nestjs/swagger';
import { Documents } from '@app/http';
import { AuditEntry, AuditTimeline } from './audit-timeline.view';
import { ChainReport } from './chain-report';

class AuditActorResponse implements Documents<AuditEntry['actor'], AuditActorResponse> {
  @ApiProperty({ type: String, nullable: true }) id: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The person as the agreement names them; null when it does not, or once erased.' }) name: string | null;
  @ApiProperty({ type: String, nullable: true }) role: string | null;
  @ApiProperty({ type: String, nullable: true }) institution: string | null;
}

/** One line of the trail, its sentence in the language asked for. */
export class AuditEntryResponse implements Documents<AuditEntry, AuditEntryResponse> {
  @ApiProperty() revision: number;
  @ApiProperty({ example: 'AgreementSigned' }) type: string;
  @ApiProperty() recordedAt: string;
  @ApiProperty({ type: AuditActorResponse }) actor: AuditActorResponse;
  @ApiProperty({ type: Number, nullable: true, description: 'Only when the event brings a version into force' }) version: number | null;
  @ApiProperty({ type: Number, nullable: true }) proposalNumber: number | null;
  @ApiProperty({ type: String, nullable: true }) contentHash: string | null;
  @ApiProperty({ type: String, nullable: true }) hash: string | null;
  @ApiProperty({ type: String, nullable: true }) previousHash: string | null;
  @ApiProperty() sentence: string;
}

/** GET /api/agreements/:id/audit */
export class AuditTimelineResponse implements Documents<AuditTimeline, AuditTimelineResponse> {
  @ApiProperty() mobilityId: string;
  @ApiProperty({ type: [AuditEntryResponse] }) entries: AuditEntryResponse[];
}

type Report<Status extends ChainReport['status']> = Extract<ChainReport, { status: Status }>;

export class ChainIntactResponse implements Documents<Report<'intact'>, ChainIntactResponse> {
  @ApiProperty() streamId: string;
  @ApiProperty({ enum: ['intact'] }) status: 'intact';
  @ApiProperty() events: number;
  @ApiProperty() lastHash: string;
}

class BrokenLinkResponse implements Documents<Report<'broken'>['brokenAt'], BrokenLinkResponse> {
  @ApiProperty() revision: string;
  @ApiProperty({ type: String, nullable: true }) eventId: string | null;
  @ApiProperty({ type: String, nullable: true }) type: string | null;
  @ApiProperty({ example: 'CTI-LA-4: ...' }) reason: string;
}

export class ChainBrokenResponse implements Documents<Report<'broken'>, ChainBrokenResponse> {
  @ApiProperty() streamId: string;
  @ApiProperty({ enum: ['broken'] }) status: 'broken';
  @ApiProperty() events: number;
  @ApiProperty({ type: BrokenLinkResponse, description: 'The first event that does not match' }) brokenAt: BrokenLinkResponse;
}
