import { Body, Controller, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/domain';
import { Access, CurrentActor, requestContext } from '@app/http';
import { PartnerApprovalDto, PartnerCommentDto } from './partner-decision.dto';
import { PartnerDecisionSender } from './partner-decision';

/** The receiving coordinator answers a partner's agreement; the ledger sends it over EWP (see PartnerDecisionSender). */
@ApiTags('Erasmus Without Paper')
@ApiBearerAuth()
@Controller('ewp/partner-agreements')
export class PartnerAgreementsController {
  constructor(private readonly sender: PartnerDecisionSender) {}

  @Post(':id/approval')
  @Access('agreement.sign')
  @HttpCode(200)
  @ApiOperation({ summary: "Approve the proposal of a partner's agreement: sent to the sending institution's host as an EWP update, recorded there as this institution's signature" })
  async approve(@Param('id') id: string, @Body() body: PartnerApprovalDto, @CurrentActor() actor: Actor, @Headers() headers: Record<string, string>) {
    return { mobilityId: id, ...(await this.sender.decide(id, { kind: 'approve' }, body.changesProposalId, body.position, requestContext(actor, 'ewp-partner-approval', headers))) };
  }

  @Post(':id/comment')
  @Access('agreement.reject')
  @HttpCode(200)
  @ApiOperation({ summary: "Comment on (reject) the proposal of a partner's agreement: sent to the sending institution's host as an EWP update" })
  async comment(@Param('id') id: string, @Body() body: PartnerCommentDto, @CurrentActor() actor: Actor, @Headers() headers: Record<string, string>) {
    return { mobilityId: id, ...(await this.sender.decide(id, { kind: 'comment', comment: body.comment }, body.changesProposalId, body.position, requestContext(actor, 'ewp-partner-comment', headers))) };
  }
}
