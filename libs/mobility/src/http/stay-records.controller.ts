import { Body, Controller, Headers, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/domain';
import { Access, CurrentActor, IdParam, plainData } from '@app/http';
import { StudentRecordView } from '../read/student-record-view';
import { toStayRef } from './dto-to-domain';
import { ApprenticeshipModalityDto, InternshipAgreementDto, LowCarbonTravelDto, SupportStepDto } from './dto';
import { StudentCommandSender } from './student-command-sender';

const StudentId = () => IdParam('studentId');
type HeaderMap = Record<string, string>;

/**
 * What the school records about one stay, addressed to a declared stay (`stayId`) or to a
 * learning agreement (`mobilityId`, which must be this student's).
 */
@ApiTags('students')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retried request with the same key appends nothing' })
@Controller('students/:studentId/records')
export class StayRecordsController {
  constructor(private readonly sender: StudentCommandSender) {}

  @Access('student.record-support')
  @Post('internship-agreement')
  @ApiOperation({ summary: 'The tripartite internship agreement covering an internship (CTI-MOB-6)' })
  internshipAgreement(@StudentId() id: string, @Body() body: InternshipAgreementDto, @CurrentActor() actor: Actor, @Headers() headers: HeaderMap): Promise<StudentRecordView> {
    const { stay, ...rest } = plainData(body);
    return this.sender.send('RecordInternshipAgreement', id, { stay: toStayRef(stay), ...rest }, actor, headers);
  }

  @Access('student.record-stay')
  @Post('low-carbon-travel')
  @ApiOperation({ summary: 'Days of low-carbon travel for one journey; the school decides how many count (CTI-MOB-8)' })
  lowCarbonTravel(@StudentId() id: string, @Body() body: LowCarbonTravelDto, @CurrentActor() actor: Actor, @Headers() headers: HeaderMap): Promise<StudentRecordView> {
    const { stay, journey, days, mode } = plainData(body);
    return this.sender.send('RecordLowCarbonTravel', id, { stay: toStayRef(stay), journey, days, mode }, actor, headers);
  }

  @Access('student.record-support')
  @Post('preparation')
  @ApiOperation({ summary: 'A preparation session before departure (CTI-MOB-9)' })
  preparation(@StudentId() id: string, @Body() body: SupportStepDto, @CurrentActor() actor: Actor, @Headers() headers: HeaderMap): Promise<StudentRecordView> {
    return this.sender.send('RecordPreparation', id, supportData(body), actor, headers);
  }

  @Access('student.record-support')
  @Post('follow-up')
  @ApiOperation({ summary: 'A follow-up contact during the stay (CTI-MOB-9)' })
  followUp(@StudentId() id: string, @Body() body: SupportStepDto, @CurrentActor() actor: Actor, @Headers() headers: HeaderMap): Promise<StudentRecordView> {
    return this.sender.send('RecordFollowUp', id, supportData(body), actor, headers);
  }

  @Access('student.record-support')
  @Post('debrief')
  @ApiOperation({ summary: 'The debrief on return (CTI-MOB-9)' })
  debrief(@StudentId() id: string, @Body() body: SupportStepDto, @CurrentActor() actor: Actor, @Headers() headers: HeaderMap): Promise<StudentRecordView> {
    return this.sender.send('RecordDebrief', id, supportData(body), actor, headers);
  }

  @Access('student.record-support')
  @Post('apprenticeship-modality')
  @ApiOperation({ summary: "The employer's modality for an apprentice's stay: at the disposal of a host, or contract on hold (CTI-MOB-5)" })
  apprenticeshipModality(@StudentId() id: string, @Body() body: ApprenticeshipModalityDto, @CurrentActor() actor: Actor, @Headers() headers: HeaderMap): Promise<StudentRecordView> {
    return this.sender.send('RecordApprenticeshipModality', id, { stay: toStayRef(body.stay), modality: body.modality }, actor, headers);
  }
}

const supportData = (body: SupportStepDto) => {
  const { stay, date, note } = plainData(body);
  return { stay: toStayRef(stay), date, ...(note !== undefined && { note }) };
};
