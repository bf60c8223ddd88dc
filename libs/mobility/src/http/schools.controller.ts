import { Body, Controller, Delete, Get, Headers, Put } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor, CommandMetadata, SchoolCommand, SchoolState } from '@app/domain';
import type { CommandResult } from '@app/event-store';
import { Access, CurrentActor, IdParam, SchoolConversionRuleDto, plainData, requestContext, toConversionRule } from '@app/http';
import { Clock, InjectClock } from '@app/kernel';
import { DecideSchool } from '../application/decide-school.command';
import { GetSchoolSettings } from '../queries/get-school-settings.query';
import { IncomingAgreement, ListIncomingAgreements } from '../queries/list-incoming-agreements.query';
import { effectiveConversionRules } from '../read/load-school-settings';
import { SchoolSettingsView, toSchoolSettingsView } from '../read/school-settings-view';
import { toGradeDistribution } from './dto-to-domain';
import { GradeDistributionDto, StudyRegulationsDto, SurveyQuestionsDto } from './dto';
import { SchoolSettingsResponse } from './responses/school-settings.response';

const SchoolId = () => IdParam('schoolId');

/** Maps HTTP to the school's study-regulation settings; the rules live in the domain. */
@ApiTags('schools')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retried request with the same key appends nothing' })
@Controller('schools/:schoolId')
export class SchoolsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @InjectClock() private readonly clock: Clock,
  ) {}

  @Access('school.read-regulations')
  @Get('regulations')
  @ApiOkResponse({ type: SchoolSettingsResponse })
  @ApiOperation({ summary: 'Study-regulation settings, conversion rules in effect (defaults overridden) and grade distributions' })
  regulations(@SchoolId() schoolId: string, @CurrentActor() actor: Actor): Promise<SchoolSettingsView> {
    return this.queries.execute(new GetSchoolSettings(schoolId, actor));
  }

  @Access('school.configure')
  @Put('regulations')
  @ApiOperation({ summary: 'Replace the mobility settings: minimum weeks, low-carbon travel, preparatory cycle (CTI-MOB-1, -5, -8)' })
  configure(@SchoolId() schoolId: string, @Body() body: StudyRegulationsDto, @CurrentActor() actor: Actor, @Headers() headers: Record<string, string>) {
    return this.decide(schoolId, actor, headers, 'configure-regulations', (metadata) => ({
      type: 'ConfigureStudyRegulations',
      data: { schoolId, regulations: plainData(body) },
      metadata,
    }));
  }

  @Access('school.configure')
  @Put('conversion-rules/:scheme')
  @ApiOperation({ summary: "Set the school's rule for a credit scheme, replacing the default (CTI-REC-3)" })
  setRule(
    @SchoolId() schoolId: string,
    @IdParam('scheme') scheme: string,
    @Body() body: SchoolConversionRuleDto,
    @CurrentActor() actor: Actor,
    @Headers() headers: Record<string, string>,
  ) {
    return this.decide(schoolId, actor, headers, 'set-conversion-rule', (metadata) => ({
      type: 'SetConversionRule',
      data: { schoolId, rule: toConversionRule(scheme, body) },
      metadata,
    }));
  }

  @Access('school.configure')
  @Delete('conversion-rules/:scheme')
  @ApiOperation({ summary: "Remove the school's rule for a scheme; the default, if any, applies again" })
  removeRule(@SchoolId() schoolId: string, @IdParam('scheme') scheme: string, @CurrentActor() actor: Actor, @Headers() headers: Record<string, string>) {
    return this.decide(schoolId, actor, headers, 'remove-conversion-rule', (metadata) => ({
      type: 'RemoveConversionRule',
      data: { schoolId, scheme },
      metadata,
    }));
  }

  @Access('school.configure')
  @Put('grade-distributions/:iscedFCode')
  @ApiOperation({ summary: 'Set the EGRACONS grade distribution of a field of study (ISCED-F)' })
  setDistribution(
    @SchoolId() schoolId: string,
    @IdParam('iscedFCode') iscedFCode: string,
    @Body() body: GradeDistributionDto,
    @CurrentActor() actor: Actor,
    @Headers() headers: Record<string, string>,
  ) {
    return this.decide(schoolId, actor, headers, 'set-grade-distribution', (metadata) => ({
      type: 'SetGradeDistribution',
      data: { schoolId, distribution: toGradeDistribution(iscedFCode, body) },
      metadata,
    }));
  }

  @Access('school.configure')
  @Delete('grade-distributions/:iscedFCode')
  @ApiOperation({ summary: 'Remove the grade distribution of a field of study' })
  removeDistribution(
    @SchoolId() schoolId: string,
    @IdParam('iscedFCode') iscedFCode: string,
    @CurrentActor() actor: Actor,
    @Headers() headers: Record<string, string>,
  ) {
    return this.decide(schoolId, actor, headers, 'remove-grade-distribution', (metadata) => ({
      type: 'RemoveGradeDistribution',
      data: { schoolId, iscedFCode },
      metadata,
    }));
  }

  @Access('school.configure')
  @Put('survey-questions')
  @ApiOperation({
    summary:
      "Word the participants' survey: its questions, each with a stable id, a kind (rating 1 to 5 or free text), the wording in French and English, required or not, and when it is asked; a new version of them (CTI-MOB-9, SURVEY-QUESTION-SET, SURVEY-QUESTION-ID, SURVEY-QUESTION-WORDING)",
  })
  setSurveyQuestions(@SchoolId() schoolId: string, @Body() body: SurveyQuestionsDto, @CurrentActor() actor: Actor, @Headers() headers: Record<string, string>) {
    return this.decide(schoolId, actor, headers, 'set-survey-questions', (metadata) => ({
      type: 'SetSurveyQuestions',
      data: { schoolId, questions: plainData(body).questions },
      metadata,
    }));
  }

  @Access('school.read-incoming')
  @Get('incoming')
  @ApiOperation({ summary: 'Agreements where the school is the receiving party (CTI-IN-1)' })
  incoming(@SchoolId() schoolId: string, @CurrentActor() actor: Actor): Promise<IncomingAgreement[]> {
    return this.queries.execute(new ListIncomingAgreements(schoolId, actor));
  }

  private async decide(
    schoolId: string,
    actor: Actor,
    headers: Record<string, string>,
    action: string,
    build: (metadata: CommandMetadata) => SchoolCommand,
  ): Promise<SchoolSettingsView> {
    const command = build({ actor, now: this.clock.now().toISOString() });
    const { state, revision } = await this.commands.execute<DecideSchool, CommandResult<SchoolState>>(
      new DecideSchool(schoolId, command, requestContext(actor, action, headers)),
    );
    return toSchoolSettingsView(schoolId, { state, conversionRules: effectiveConversionRules(state), revision });
  }
}
