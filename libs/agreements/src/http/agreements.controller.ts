import { Body, Controller, Delete, Get, Headers, HttpCode, Param, ParseIntPipe, ParseUUIDPipe, Post, Put, Query, StreamableFile } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { type Actor, type AgreementState, type ApprovedVersion, type CommandMetadata, type Language, languageOf } from '@app/domain';
import { CommandResult, deterministicEventId } from '@app/event-store';
import { Access, CurrentActor, ReaderLanguage, requestContext } from '@app/http';
import { Clock, InjectClock } from '@app/kernel';
import { DecideAgreement, AgreementCommandChoice } from '../application/decide-agreement.command';
import { rejectOpenRound, signOpenRound } from '../application/open-round-commands';
import { GetAgreement } from '../queries/get-agreement.query';
import { AgreementEventsView, GetAgreementEvents } from '../queries/get-agreement-events.query';
import { GetAgreementVersion } from '../queries/get-agreement-version.query';
import { AgreementPage, ListAgreements } from '../queries/list-agreements.query';
import { AgreementView, toAgreementView } from '../read/agreement-view';
import { renderVersionPdf } from '../pdf/version-pdf';
import { toChanges, toContent, toMinorFields, toStudentChanges } from './dto-to-domain';
import {
  AmendmentDto,
  CreateAgreementDto,
  EditDraftDto,
  IndividualConventionDto,
  ListAgreementsQueryDto,
  RejectionDto,
  SignatureDto,
  MinorChangeDto,
  StayConfirmationDto,
  StayDateDto,
  VersionPdfQueryDto,
  WithdrawalDto,
} from './dto';
import { AgreementPageResponse, AgreementResponse, VersionResponse } from './responses';

const Id = () => Param('id', new ParseUUIDPipe());
const RetryHeaders = () => Headers();

/** Maps HTTP to agreement commands and queries; the rules live in the domain. */
@ApiTags('learning agreements')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retried POST with the same key appends nothing and answers as the first did' })
@Controller('agreements')
export class AgreementsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @InjectClock() private readonly clock: Clock,
  ) {}

  @Access('agreement.draft')
  @Post()
  @ApiOperation({ summary: 'Draft a learning agreement (student or sending institution)' })
  create(@Body() body: CreateAgreementDto, @CurrentActor() actor: Actor, @RetryHeaders() headers: Record<string, string>) {
    const key = headers['idempotency-key'];
    // A retried creation must land on the same mobility: derive its id from the key.
    const mobilityId = key ? deterministicEventId(`mobility\n${actor.id}\n${key}`) : randomUUID();
    return this.decide(mobilityId, actor, headers, 'create', (metadata) => ({
      type: 'DraftAgreement',
      data: { mobilityId, content: toContent(body.content) },
      metadata,
    }));
  }

  @Access('agreement.list')
  @Get()
  @ApiOperation({ summary: 'List the agreements the caller may read, filtered and paged' })
  @ApiOkResponse({ type: AgreementPageResponse })
  list(@Query() query: ListAgreementsQueryDto, @CurrentActor() actor: Actor): Promise<AgreementPage> {
    const { page = 1, pageSize = 20, ...filter } = query;
    return this.queries.execute(new ListAgreements(actor, filter, page, pageSize));
  }

  @Access('agreement.read')
  @Get(':id')
  @ApiOperation({ summary: 'The version in force, the draft or proposal being signed, signatures and status' })
  @ApiHeader({ name: 'Accept-Language', required: false, description: 'fr for the warnings in French; English otherwise' })
  @ApiOkResponse({ type: AgreementResponse })
  get(@Id() id: string, @CurrentActor() actor: Actor, @ReaderLanguage() language: Language): Promise<AgreementView> {
    return this.queries.execute(new GetAgreement(id, actor, language));
  }

  @Access('agreement.edit-draft')
  @Put(':id/draft')
  @ApiOperation({ summary: 'Replace the draft content; voids the signatures of the current round (CTI-LA-4)' })
  editDraft(@Id() id: string, @Body() body: EditDraftDto, @CurrentActor() actor: Actor, @RetryHeaders() headers: Record<string, string>) {
    return this.decide(id, actor, headers, 'edit', (metadata) => ({
      type: 'EditDraft',
      data: { mobilityId: id, content: toContent(body.content), ...(body.expectedContentHash && { expectedContentHash: body.expectedContentHash }) },
      metadata,
    }));
  }

  @Access('agreement.delete-draft')
  @Delete(':id')
  @ApiOperation({ summary: 'Delete a draft, until an institution has signed it' })
  remove(@Id() id: string, @CurrentActor() actor: Actor, @RetryHeaders() headers: Record<string, string>) {
    return this.decide(id, actor, headers, 'delete', (metadata) => ({ type: 'DeleteDraft', data: { mobilityId: id }, metadata }));
  }

  @Access('agreement.sign')
  @Post(':id/signatures')
  @ApiOperation({ summary: 'Sign the draft or the open amendment, naming the content hash read (CTI-LA-4)' })
  sign(@Id() id: string, @Body() body: SignatureDto, @CurrentActor() actor: Actor, @RetryHeaders() headers: Record<string, string>) {
    return this.decide(id, actor, headers, 'sign', (metadata) => signOpenRound(id, body.contentHash, metadata));
  }

  @Access('agreement.reject')
  @Post(':id/rejections')
  @ApiOperation({ summary: 'Reject the draft or the open amendment with a comment (institutions)' })
  reject(@Id() id: string, @Body() body: RejectionDto, @CurrentActor() actor: Actor, @RetryHeaders() headers: Record<string, string>) {
    return this.decide(id, actor, headers, 'reject', (metadata) => rejectOpenRound(id, body.comment, metadata));
  }

  @Access('agreement.amend')
  @Post(':id/amendments')
  @ApiOperation({ summary: 'Propose changes to the version in force (CTI-LA-3)' })
  propose(@Id() id: string, @Body() body: AmendmentDto, @CurrentActor() actor: Actor, @RetryHeaders() headers: Record<string, string>) {
    return this.decide(id, actor, headers, 'amend', (metadata) => ({
      type: 'ProposeAmendment',
      data: {
        mobilityId: id,
        changes: toChanges(body.changes),
        ...(body.student && { studentChanges: toStudentChanges(body.student) }),
        ...(body.baseVersion && { baseVersion: body.baseVersion }),
      },
      metadata,
    }));
  }

  @Access('agreement.amend')
  @Post(':id/withdrawals')
  @ApiOperation({ summary: 'Withdraw the open amendment proposal, by the party who proposed it, before the last signature (CTI-LA-3)' })
  withdraw(@Id() id: string, @Body() body: WithdrawalDto, @CurrentActor() actor: Actor, @RetryHeaders() headers: Record<string, string>) {
    return this.decide(id, actor, headers, 'withdraw', (metadata) => ({
      type: 'WithdrawAmendment',
      data: { mobilityId: id, proposalNumber: body.proposalNumber, ...(body.comment?.trim() && { comment: body.comment }) },
      metadata,
    }));
  }

  @Access('agreement.record-stay')
  @Post(':id/departure')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the actual departure; before version 1 it is a CTI-LA-1 finding' })
  depart(@Id() id: string, @Body() body: StayDateDto, @CurrentActor() actor: Actor, @RetryHeaders() headers: Record<string, string>) {
    return this.decide(id, actor, headers, 'depart', (metadata) => ({ type: 'RecordDeparture', data: { mobilityId: id, date: body.date }, metadata }));
  }

  @Access('agreement.record-stay')
  @Post(':id/return')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the actual return' })
  return(@Id() id: string, @Body() body: StayDateDto, @CurrentActor() actor: Actor, @RetryHeaders() headers: Record<string, string>) {
    return this.decide(id, actor, headers, 'return', (metadata) => ({ type: 'RecordReturn', data: { mobilityId: id, date: body.date }, metadata }));
  }

  @Access('agreement.confirm-stay')
  @Post(':id/stay-confirmation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm the actual start and end of the stay, as the certificate of attendance states (receiving institution, LA-STAY)' })
  confirmStay(@Id() id: string, @Body() body: StayConfirmationDto, @CurrentActor() actor: Actor, @RetryHeaders() headers: Record<string, string>) {
    return this.decide(id, actor, headers, 'confirm-stay', (metadata) => ({
      type: 'ConfirmStayDates',
      data: { mobilityId: id, ...(body.start && { start: body.start }), ...(body.end && { end: body.end }) },
      metadata,
    }));
  }

  @Access('agreement.minor-change')
  @Post(':id/minor-changes')
  @ApiOperation({ summary: 'Record a minor change under the signatures of the version in force: dates within the term, own contact person (LA-MINOR)' })
  minorChange(@Id() id: string, @Body() body: MinorChangeDto, @CurrentActor() actor: Actor, @RetryHeaders() headers: Record<string, string>) {
    return this.decide(id, actor, headers, 'minor-change', (metadata) => ({
      type: 'RecordMinorChange',
      data: { mobilityId: id, changes: toMinorFields(body.changes), note: body.note },
      metadata,
    }));
  }

  @Access('agreement.individual-convention')
  @Post(':id/individual-convention')
  @ApiOperation({ summary: 'Record the individual convention for a mobility no IIA covers (sending institution, LA-PARTNERSHIP)' })
  convention(@Id() id: string, @Body() body: IndividualConventionDto, @CurrentActor() actor: Actor, @RetryHeaders() headers: Record<string, string>) {
    return this.decide(id, actor, headers, 'individual-convention', (metadata) => ({
      type: 'RecordIndividualConvention',
      data: { mobilityId: id, reference: body.reference },
      metadata,
    }));
  }

  @Access('agreement.read')
  @Get(':id/versions/:n')
  @ApiOperation({ summary: 'An approved version, as signed' })
  @ApiOkResponse({ type: VersionResponse })
  version(@Id() id: string, @Param('n', ParseIntPipe) n: number, @CurrentActor() actor: Actor): Promise<ApprovedVersion> {
    return this.queries.execute(new GetAgreementVersion(id, n, actor));
  }

  @Access('agreement.read')
  @Get(':id/versions/:n/pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'An approved version as a signed document: tables A/B/C with totals, the three signatures, the content hash and how to verify it' })
  async versionPdf(
    @Id() id: string,
    @Param('n', ParseIntPipe) n: number,
    // Validated and documented by the DTO; read with Accept-Language by @ReaderLanguage.
    @Query() _query: VersionPdfQueryDto,
    @ReaderLanguage() language: Language,
    @CurrentActor() actor: Actor,
  ): Promise<StreamableFile> {
    const version = await this.queries.execute<GetAgreementVersion, ApprovedVersion>(new GetAgreementVersion(id, n, actor));
    const pdf = await renderVersionPdf(id, version, language);
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `inline; filename="learning-agreement-${id}-v${n}.pdf"` });
  }

  @Access('agreement.read')
  @Get(':id/events')
  @ApiOperation({ summary: 'Every event of the agreement, with actor, time and hash chain, and the chain check' })
  events(@Id() id: string, @CurrentActor() actor: Actor): Promise<AgreementEventsView> {
    return this.queries.execute(new GetAgreementEvents(id, actor));
  }

  private async decide(
    mobilityId: string,
    actor: Actor,
    headers: Record<string, string>,
    action: string,
    build: (metadata: CommandMetadata) => AgreementCommandChoice,
  ): Promise<AgreementView> {
    const command = build({ actor, now: this.clock.now().toISOString() });
    const result = await this.commands.execute<DecideAgreement, CommandResult<AgreementState>>(
      new DecideAgreement(mobilityId, command, requestContext(actor, action, headers)),
    );
    // The answer's warnings in the reader's language, as GET says them.
    return toAgreementView(result.state, result.revision, languageOf(headers['accept-language']));
  }
}

