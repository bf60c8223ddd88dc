import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { StudentRelations } from './access/student-relations';
import { StudentSchools } from './access/student-school';
import { DecideSchoolHandler } from './application/decide-school.handler';
import { DecideStudentHandler } from './application/decide-student.handler';
import { EraseStudentDataHandler } from './application/erase-student-data.handler';
import { SchoolsController } from './http/schools.controller';
import { StayRecordsController } from './http/stay-records.controller';
import { StudentCommandSender } from './http/student-command-sender';
import { StudentDirectoryController } from './http/student-directory.controller';
import { SurveyController } from './http/survey.controller';
import { StudentErasureController } from './http/student-erasure.controller';
import { StudentsController } from './http/students.controller';
import { GetMobilityStatusHandler } from './queries/get-mobility-status.query';
import { GetSchoolPartnersHandler } from './queries/get-school-partners.query';
import { GetSchoolSettingsHandler } from './queries/get-school-settings.query';
import { GetStudentRecordHandler } from './queries/get-student-record.query';
import { GetSurveyFormHandler } from './queries/get-survey-form.query';
import { ListIncomingAgreementsHandler } from './queries/list-incoming-agreements.query';
import { ListStudentsHandler } from './queries/list-students.query';

/**
 * Schools' study regulations, students' mobility records, the mobility status (CTI-MOB-1..9,
 * CTI-IN-1). The agreements it reads come from AgreementSummaries, which the read models provide.
 */
@Module({
  imports: [CqrsModule],
  controllers: [SchoolsController, StudentDirectoryController, StudentsController, StayRecordsController, StudentErasureController, SurveyController],
  providers: [
    DecideSchoolHandler,
    DecideStudentHandler,
    EraseStudentDataHandler,
    StudentCommandSender,
    GetSchoolPartnersHandler,
    GetSchoolSettingsHandler,
    GetStudentRecordHandler,
    GetSurveyFormHandler,
    GetMobilityStatusHandler,
    ListIncomingAgreementsHandler,
    ListStudentsHandler,
    StudentRelations,
    StudentSchools,
  ],
})
export class MobilityModule {}
