import { Body, Controller, Delete, Get, Headers, HttpCode, Post, Put } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor, Language } from '@app/domain';
import { Access, CurrentActor, IdParam, plainData, ReaderLanguage } from '@app/http';
import { Clock, InjectClock, todayOn } from '@app/kernel';
import { GetMobilityStatus, MobilityStatusView } from '../queries/get-mobility-status.query';
import { GetSchoolPartners } from '../queries/get-school-partners.query';
import { GetStudentRecord } from '../queries/get-student-record.query';
import { SchoolPartnersView } from '../read/school-partners-view';
import { StudentRecordView } from '../read/student-record-view';
import { MobilityStatusResponse } from './responses/mobility-status.response';
import { SchoolPartnersResponse } from './responses/school-partners.response';
import { StudentRecordResponse } from './responses/student-record.response';
import { DeclaredStayDto, GrantDerogationDto, RevokeDerogationDto, StayDatesDto, StudentProfileDto } from './dto';
import { StudentCommandSender } from './student-command-sender';

const StudentId = () => IdParam('studentId');

/** Maps HTTP to the student's mobility record and status; the rules live in the domain. */
@ApiTags('students')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retried request with the same key appends nothing' })
@Controller('students/:studentId')
export class StudentsController {
  constructor(
    private readonly sender: StudentCommandSender,
    private readonly queries: QueryBus,
    @InjectClock() private readonly clock: Clock,
  ) {}

  @Access('student.read')
  @Get()
  @ApiOperation({ summary: 'Profile, declared stays, per-stay records and derogation (the student, their school, admins, auditors)' })
  @ApiOkResponse({ type: StudentRecordResponse })
  record(@StudentId() studentId: string, @CurrentActor() actor: Actor): Promise<StudentRecordView> {
    return this.queries.execute(new GetStudentRecord(studentId, actor));
  }

  @Access('student.read')
  @Get('mobility-status')
  @ApiOperation({ summary: 'The mandatory stay abroad, evaluated today: each stay with the rule deciding it, and a status (CTI-MOB-1..9)' })
  @ApiHeader({ name: 'Accept-Language', required: false, description: 'fr for the explanation, reasons and warnings in French; English otherwise' })
  @ApiOkResponse({ type: MobilityStatusResponse })
  status(@StudentId() studentId: string, @CurrentActor() actor: Actor, @ReaderLanguage() language: Language): Promise<MobilityStatusView> {
    return this.queries.execute(new GetMobilityStatus(studentId, actor, todayOn(this.clock), language));
  }

  @Access('student.read-school-partners')
  @Get('school-partners')
  @ApiOperation({ summary: "The partners of the student's own school, to pick a host among: names, countries, SCHAC codes, IIA coverage (the student, their school, admins)" })
  @ApiOkResponse({ type: SchoolPartnersResponse })
  schoolPartners(@StudentId() studentId: string): Promise<SchoolPartnersView> {
    return this.queries.execute(new GetSchoolPartners(studentId));
  }

  @Access('student.record-profile')
  @Put('profile')
  @ApiOperation({ summary: 'Record the profile that decides the CTI-MOB-2 exemption and the minimum (school staff)' })
  profile(@StudentId() studentId: string, @Body() body: StudentProfileDto, @CurrentActor() actor: Actor, @Headers() headers: Record<string, string>) {
    return this.sender.send('RecordProfile', studentId, { profile: plainData(body) }, actor, headers);
  }

  @Access('student.record-stay')
  @Post('stays')
  @ApiOperation({ summary: 'Declare a stay no learning agreement carries; a gap period only by the student (CTI-MOB-7)' })
  declareStay(@StudentId() studentId: string, @Body() body: DeclaredStayDto, @CurrentActor() actor: Actor, @Headers() headers: Record<string, string>) {
    return this.sender.send('DeclareStay', studentId, { stay: plainData(body) }, actor, headers);
  }

  @Access('student.record-stay')
  @Post('stays/:stayId/dates')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the actual start and/or end of a declared stay' })
  stayDates(
    @StudentId() studentId: string,
    @IdParam('stayId') stayId: string,
    @Body() body: StayDatesDto,
    @CurrentActor() actor: Actor,
    @Headers() headers: Record<string, string>,
  ) {
    return this.sender.send('RecordStayDates', studentId, { stayId, ...plainData(body) }, actor, headers);
  }

  @Access('student.derogation')
  @Post('derogations')
  @ApiOperation({ summary: 'Grant a derogation to the mobility requirement, with its reason and who decided it' })
  grant(@StudentId() studentId: string, @Body() body: GrantDerogationDto, @CurrentActor() actor: Actor, @Headers() headers: Record<string, string>) {
    return this.sender.send('GrantDerogation', studentId, plainData(body), actor, headers);
  }

  @Access('student.derogation')
  @Delete('derogation')
  @ApiOperation({ summary: 'Revoke the derogation in force, saying why' })
  revoke(@StudentId() studentId: string, @Body() body: RevokeDerogationDto, @CurrentActor() actor: Actor, @Headers() headers: Record<string, string>) {
    return this.sender.send('RevokeDerogation', studentId, plainData(body), actor, headers);
  }
}
