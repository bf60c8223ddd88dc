import { Body, Controller, Headers, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/domain';
import { Access, CurrentActor, IdParam, plainData } from '@app/http';
import { StudentRecordView } from '../read/student-record-view';
import { SurveyAnswerDto } from './dto';
import { StudentCommandSender } from './student-command-sender';

@ApiTags('students')
@ApiBearerAuth()
@Controller('students/:studentId/surveys')
export class SurveyController {
  constructor(private readonly sender: StudentCommandSender) {}

  @Access('student.answer-survey')
  @Post()
  @ApiOperation({ summary: 'The student answers the survey on one of their mobilities, once per moment (SURVEY-ONCE); the answers are sealed' })
  answer(@IdParam('studentId') id: string, @Body() body: SurveyAnswerDto, @CurrentActor() actor: Actor, @Headers() headers: Record<string, string>): Promise<StudentRecordView> {
    const { mobilityId, moment, preparation, stay, recognition, comments } = plainData(body);
    const answers = { preparation, stay, ...(recognition !== undefined && { recognition }), ...(comments !== undefined && { comments }) };
    // What the survey needs of the agreement (partner, year, stay dates) the handler reads from it: a request does not say it.
    return this.sender.send('AnswerSurvey', id, { mobilityId, moment, answers }, actor, headers);
  }
}
