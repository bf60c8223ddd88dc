import { Body, Controller, Get, Headers, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/domain';
import { Access, CurrentActor, IdParam, plainData } from '@app/http';
import { GetSurveyForm } from '../queries/get-survey-form.query';
import { StudentRecordView } from '../read/student-record-view';
import { SurveyAnswerDto, SurveyFormQueryDto } from './dto';
import { SurveyFormResponse } from './responses/survey-form.response';
import { StudentCommandSender } from './student-command-sender';

@ApiTags('students')
@ApiBearerAuth()
@Controller('students/:studentId/surveys')
export class SurveyController {
  constructor(
    private readonly sender: StudentCommandSender,
    private readonly queries: QueryBus,
  ) {}

  @Access('student.answer-survey')
  @Get(':mobilityId')
  @ApiOperation({ summary: "The questions the student's sending school asks at that moment of the survey on one of their mobilities, and whether it is answered (SURVEY-ONCE)" })
  @ApiOkResponse({ type: SurveyFormResponse })
  form(@IdParam('studentId') id: string, @IdParam('mobilityId') mobilityId: string, @Query() query: SurveyFormQueryDto, @CurrentActor() actor: Actor): Promise<SurveyFormResponse> {
    return this.queries.execute(new GetSurveyForm(id, mobilityId, query.moment, actor));
  }

  @Access('student.answer-survey')
  @Post()
  @ApiOperation({ summary: "The student answers their school's survey on one of their mobilities, once per moment (SURVEY-ONCE); the answers are sealed" })
  answer(@IdParam('studentId') id: string, @Body() body: SurveyAnswerDto, @CurrentActor() actor: Actor, @Headers() headers: Record<string, string>): Promise<StudentRecordView> {
    const { mobilityId, moment, answers } = plainData(body);
    // What the survey needs of the agreement (partner, year, stay dates) and of the school (its questions) the handler reads: a request does not say it.
    return this.sender.send('AnswerSurvey', id, { mobilityId, moment, answers }, actor, headers);
  }
}
