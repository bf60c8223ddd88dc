import { Body, Controller, Get, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/domain';
import { Access, CurrentActor, requestContext } from '@app/http';
import { PartnerApprovalDto, PartnerCommentDto } from './partner-decision.dto';
import { PartnerCopyImport } from './partner-copy-import';
import { PartnerDecisionSender } from './partner-decision';

/** The receiving coordinator answers a partner's agreement; the ledger sends it over EWP (see PartnerDecisionSender). */
@ApiTags('Erasmus Without Paper')
@ApiBearerAuth()
@Controller('ewp/partner-agreements')
export class PartnerAgreementsController {
  constructor(
    private readonly sender: PartnerDecisionSender,
    private readonly copies: PartnerCopyImport,
  ) {}

  /**
   * What the sending institution's host showed at the last fetch: the proposal open there, which
   * an approval or a comment answers. The copy here may lag (its rounds wait for this
   * institution's own signature, which is recorded there), this does not.
   */
  @Get(':id')
  @Access('agreement.read')
  @ApiOperation({ summary: "The changes-proposal id the sending institution's host showed at the last fetch (null: none open)" })
  partnerView(@Param('id') id: string): { mobilityId: string; changesProposalId: string | null } {
    return { mobilityId: id, changesProposalId: this.copies.proposals.of(id) ?? null };
  }

  @Post(':id/approval')
  @Access('ewp.partner-answer')
  @HttpCode(200)
  @ApiOperation({ summary: "Approve the proposal of a partner's agreement: sent to the sending institution's host as an EWP update, recorded there as this institution's signature" })
  async approve(@Param('id') id: string, @Body() body: PartnerApprovalDto, @CurrentActor() actor: Actor, @Headers() headers: Record<string, string>) {
    return { mobilityId: id, ...(await this.sender.decide(id, { kind: 'approve' }, body.changesProposalId, body.position, requestContext(actor, 'ewp-partner-approval', headers))) };
  }

  @Post(':id/comment')
  @Access('ewp.partner-answer')
  @HttpCode(200)
  @ApiOperation({ summary: "Comment on (reject) the proposal of a partner's agreement: sent to the sending institution's host as an EWP update" })
  async comment(@Param('id') id: string, @Body() body: PartnerCommentDto, @CurrentActor() actor: Actor, @Headers() headers: Record<string, string>) {
    return { mobilityId: id, ...(await this.sender.decide(id, { kind: 'comment', comment: body.comment }, body.changesProposalId, body.position, requestContext(actor, 'ewp-partner-comment', headers))) };
  }
}
