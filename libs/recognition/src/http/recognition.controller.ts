import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor, CommandMetadata, Language, RecognitionState } from '@app/domain';
import type { CommandResult } from '@app/event-store';
import { Access, CurrentActor, IdParam, ReaderLanguage, requestContext, toConversionRule } from '@app/http';
import { Clock, InjectClock } from '@app/kernel';
import { DecideRecognition, RecognitionCommandBuilder } from '../application/decide-recognition.command';
import { GetDiplomaSupplement } from '../queries/get-diploma-supplement.query';
import { GetRecognition } from '../queries/get-recognition.query';
import { ConversionDto, ExtraCreditsDecisionDto, HomeUnitDecisionDto, RemedyClosureDto, RemedyDto, TranscriptDto } from './dto';
import { simpleCommand, transcriptCommand } from './recognition-commands';
import { recognitionSaidIn } from './recognition-said-in';
import { RecognitionResponse } from './responses/recognition.response';

const Id = () => Param('id', new ParseUUIDPipe());
type RequestHeaders = Record<string, string>;

/** Transcripts, recognition, remedies (CTI-REC-1..5) and the diploma supplement (CTI-REC-4, CTI-DD-1). */
@ApiTags('recognition')
@ApiBearerAuth()
@Controller()
export class RecognitionController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @InjectClock() private readonly clock: Clock,
  ) {}

  @Access('recognition.record-transcript')
  @Post('agreements/:id/transcripts')
  @ApiOperation({ summary: 'Record the transcript of records (receiving institution); sent again, a correction with a reason' })
  transcript(@Id() id: string, @Body() body: TranscriptDto, @CurrentActor() actor: Actor, @Headers() headers: RequestHeaders, @ReaderLanguage() language: Language) {
    return this.decide(id, actor, headers, language, 'transcript', (metadata) => transcriptCommand(id, body, metadata));
  }

  @Access('agreement.read')
  @Get('agreements/:id/recognition')
  @ApiOperation({ summary: 'Credits recognised, conversions with their rule, home units, failures and remedies' })
  @ApiOkResponse({ type: RecognitionResponse })
  async recognition(@Id() id: string, @CurrentActor() actor: Actor, @ReaderLanguage() language: Language): Promise<RecognitionState & { mobilityId: string }> {
    return recognitionSaidIn(await this.queries.execute<GetRecognition, RecognitionState & { mobilityId: string }>(new GetRecognition(id, actor)), language);
  }

  @Access('recognition.decide')
  @Post('agreements/:id/remedies')
  @ApiOperation({ summary: 'Record the remedy chosen for a failed or missing component (sending institution, CTI-REC-5)' })
  remedy(@Id() id: string, @Body() body: RemedyDto, @CurrentActor() actor: Actor, @Headers() headers: RequestHeaders, @ReaderLanguage() language: Language) {
    return this.decide(id, actor, headers, language, 'remedy', (metadata) =>
      simpleCommand({ type: 'RecordRemedy', data: { mobilityId: id, ...body }, metadata }),
    );
  }

  @Access('recognition.decide')
  @Post('agreements/:id/remedies/:componentCode/closure')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close the open remedy of a component with its outcome (sending institution)' })
  closeRemedy(@Id() id: string, @IdParam('componentCode') componentCode: string, @Body() body: RemedyClosureDto, @CurrentActor() actor: Actor, @Headers() headers: RequestHeaders, @ReaderLanguage() language: Language) {
    return this.decide(id, actor, headers, language, 'close-remedy', (metadata) =>
      simpleCommand({ type: 'CloseRemedy', data: { mobilityId: id, componentCode, ...body }, metadata }),
    );
  }

  @Access('recognition.decide')
  @Post('agreements/:id/home-units/:code/decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decide a home unit left to the sending institution; never by an extra exam (CTI-REC-2)' })
  decideHomeUnit(@Id() id: string, @IdParam('code') homeUnitCode: string, @Body() body: HomeUnitDecisionDto, @CurrentActor() actor: Actor, @Headers() headers: RequestHeaders, @ReaderLanguage() language: Language) {
    return this.decide(id, actor, headers, language, 'home-unit', (metadata) =>
      simpleCommand({ type: 'RecogniseHomeUnit', data: { mobilityId: id, homeUnitCode, ...body }, metadata }),
    );
  }

  @Access('recognition.decide')
  @Post('agreements/:id/conversions/:componentCode')
  @HttpCode(200)
  @ApiOperation({ summary: 'Give the conversion rule a pending component lacked (sending institution, CTI-REC-3)' })
  resolveConversion(@Id() id: string, @IdParam('componentCode') componentCode: string, @Body() body: ConversionDto, @CurrentActor() actor: Actor, @Headers() headers: RequestHeaders, @ReaderLanguage() language: Language) {
    return this.decide(id, actor, headers, language, 'conversion', (metadata) =>
      simpleCommand({
        type: 'ResolveConversion',
        data: { mobilityId: id, componentCode, rule: toConversionRule(body.rule.scheme, body.rule), ...(body.hostFullLoad && { hostFullLoad: body.hostFullLoad }) },
        metadata,
      }),
    );
  }

  @Access('recognition.decide')
  @Post('agreements/:id/extra-credits/:componentCode/decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decide on credits beyond the agreement of one transcript line: an excess or an unplanned extra (sending institution, REC-EXCESS)' })
  decideExtraCredits(@Id() id: string, @IdParam('componentCode') componentCode: string, @Body() body: ExtraCreditsDecisionDto, @CurrentActor() actor: Actor, @Headers() headers: RequestHeaders, @ReaderLanguage() language: Language) {
    return this.decide(id, actor, headers, language, 'extra-credits', (metadata) =>
      simpleCommand({ type: 'DecideExtraCredits', data: { mobilityId: id, componentCode, ...body }, metadata }),
    );
  }

  @Access('student.diploma-supplement')
  @Get('students/:studentId/diploma-supplement')
  @ApiOperation({ summary: "A student's mobilities as the diploma supplement mentions them (CTI-REC-4, CTI-DD-1)" })
  diplomaSupplement(@IdParam('studentId') studentId: string, @CurrentActor() actor: Actor) {
    return this.queries.execute(new GetDiplomaSupplement(studentId, actor));
  }

  private async decide(
    mobilityId: string,
    actor: Actor,
    headers: RequestHeaders,
    language: Language,
    action: string,
    build: (metadata: CommandMetadata) => RecognitionCommandBuilder,
  ): Promise<RecognitionState & { mobilityId: string }> {
    const command = build({ actor, now: this.clock.now().toISOString() });
    const result = await this.commands.execute<DecideRecognition, CommandResult<RecognitionState>>(
      new DecideRecognition(mobilityId, command, requestContext(actor, action, headers)),
    );
    return recognitionSaidIn({ ...result.state, mobilityId }, language);
  }
}
