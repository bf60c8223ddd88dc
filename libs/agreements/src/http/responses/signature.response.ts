import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Party, Signature, SignatureReport, Signer } from '@app/domain';
import { Documents } from '@app/http';

export const PARTIES = ['student', 'sending', 'receiving'];

export class SignerResponse implements Documents<Signer, SignerResponse> {
  @ApiProperty() id: string;
  @ApiPropertyOptional() name?: string;
  @ApiPropertyOptional() email?: string;
  @ApiPropertyOptional() position?: string;
  @ApiPropertyOptional({ description: 'The application the signer signed in (EWP)' }) signerApp?: string;
}

/** A party's signature of one exact content (CTI-LA-4). */
export class SignatureResponse implements Documents<Signature, SignatureResponse> {
  @ApiProperty({ enum: PARTIES }) party: Party;
  @ApiProperty({ type: SignerResponse }) signer: SignerResponse;
  @ApiProperty() at: string;
  @ApiProperty() contentHash: string;
}

class ReporterResponse {
  @ApiProperty({ enum: PARTIES }) party: Party;
  @ApiProperty() institution: string;
  @ApiProperty({ type: SignerResponse }) by: SignerResponse;
}

/** LA-REPORT: a partner's document stating another party's signature; a report, never a signature. */
export class SignatureReportResponse implements Documents<SignatureReport, SignatureReportResponse> {
  @ApiProperty({ enum: PARTIES }) party: Party;
  @ApiProperty({ type: SignerResponse }) signer: SignerResponse;
  @ApiProperty() claimedAt: string;
  @ApiProperty() contentHash: string;
  @ApiProperty() version: number;
  @ApiPropertyOptional() proposalNumber?: number;
  @ApiProperty({ type: ReporterResponse }) reportedBy: ReporterResponse;
  @ApiProperty() at: string;
}
