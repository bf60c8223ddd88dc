import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { STAY_KINDS } from '@app/domain';
import type { ApprenticeshipModality, DeclaredStay, Derogation, StayKind, StudentProfile, Track } from '@app/domain';
import { Documents } from '@app/http';
import { StudentRecordView } from '../../read/student-record-view';
import { MODALITIES } from '../dto/student-profile.dto';
import { StayRecordsResponse } from './stay-records.response';

export class StudentProfileResponse implements Documents<StudentProfile, StudentProfileResponse> {
  @ApiProperty({ example: 'FR', description: 'ISO 3166-1 alpha-2; a dual national with French citizenship records FR' }) nationality: string;
  @ApiProperty({ example: 'FR' }) secondaryDiplomaCountry: string;
  @ApiProperty({ enum: ['french-baccalaureate', 'foreign'] }) secondaryDiploma: StudentProfile['secondaryDiploma'];
  @ApiProperty({ description: 'Came to France to study (CTI-MOB-2)' }) cameToFranceToStudy: boolean;
  @ApiProperty({ enum: ['student', 'apprentice'] }) track: Track;
  @ApiProperty({ example: 'insa-lyon.fr' }) schoolId: string;
  @ApiPropertyOptional({ example: '2024-2027' }) cohort?: string;
  @ApiProperty({ example: 2027 }) expectedGraduationYear: number;
  @ApiPropertyOptional({ enum: MODALITIES, description: "Apprentices: the employer's usual modality (CTI-MOB-5)" }) apprenticeshipModality?: ApprenticeshipModality;
}

/** A stay no learning agreement carries. */
export class DeclaredStayResponse implements Documents<DeclaredStay, DeclaredStayResponse> {
  @ApiProperty({ example: 'summer-school-2026' }) stayId: string;
  @ApiProperty({ enum: STAY_KINDS }) kind: StayKind;
  @ApiProperty({ example: 'DE' }) country: string;
  @ApiProperty({ example: '2026-06-01' }) plannedStart: string;
  @ApiProperty({ example: '2026-08-23' }) plannedEnd: string;
  @ApiPropertyOptional() actualStart?: string;
  @ApiPropertyOptional() actualEnd?: string;
  @ApiPropertyOptional({ enum: ['individual', 'group'], description: 'Absent means individual (CTI-MOB-3)' }) stay?: DeclaredStay['stay'];
  @ApiPropertyOptional({ description: 'Preparatory-cycle stays only (CTI-MOB-1)' }) supervised?: boolean;
  @ApiPropertyOptional({ description: 'Internships only: the internship agreement reference (CTI-MOB-6)' }) internshipAgreement?: string;
}

/** The audit asks for the reasons of derogations and who decided them. */
export class StudentDerogationResponse implements Documents<Derogation, StudentDerogationResponse> {
  @ApiProperty() reason: string;
  @ApiProperty({ example: 'jury des études, 2026-05-12' }) decidedBy: string;
  @ApiProperty() grantedAt: string;
  @ApiProperty({ description: 'The account that recorded it' }) grantedBy: string;
}

export class ErasedResponse implements Documents<NonNullable<StudentRecordView['erased']>, ErasedResponse> {
  @ApiProperty() at: string;
  @ApiProperty({ description: "The admin's id" }) by: string;
}

/** GET /api/students/:studentId */
export class StudentRecordResponse implements Documents<StudentRecordView, StudentRecordResponse> {
  @ApiProperty({ example: 'acc-ivan' }) studentId: string;
  @ApiProperty({ description: 'Stream revision this view was read at' }) revision: string;
  @ApiPropertyOptional({ type: StudentProfileResponse }) profile?: StudentProfileResponse;
  @ApiProperty({ type: [DeclaredStayResponse] }) stays: DeclaredStayResponse[];
  @ApiProperty({ type: [StayRecordsResponse] }) records: StayRecordsResponse[];
  @ApiPropertyOptional({ type: StudentDerogationResponse }) derogation?: StudentDerogationResponse;
  @ApiPropertyOptional({ type: ErasedResponse, description: "When and by whom the student's personal data was erased" }) erased?: ErasedResponse;
}
