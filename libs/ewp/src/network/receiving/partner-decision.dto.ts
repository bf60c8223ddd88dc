import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { FreeText } from '@app/http';

export class PartnerApprovalDto {
  @ApiPropertyOptional({ description: 'The changes-proposal id the coordinator read; by default the one of the copy recorded here. A stale one is a 409 (EWP-LA-PROPOSAL)' })
  @IsOptional() @IsString() @Matches(/^[\x21-\x7e]{1,200}$/)
  changesProposalId?: string;

  @ApiPropertyOptional({ description: 'The position the coordinator signs in, sent in the EWP signature block' })
  @IsOptional() @IsString() @MaxLength(200) @FreeText()
  position?: string;
}

export class PartnerCommentDto extends PartnerApprovalDto {
  @ApiProperty({ description: 'What the sending institution should change' })
  @IsString() @IsNotEmpty() @MaxLength(4000) @FreeText()
  comment: string;
}
