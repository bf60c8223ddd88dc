import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Activity, AgreementContent, CefrLevel, Component, EqfLevel, MobilityType, Stay, Track } from '@app/domain';
import { CreditDto, Documents } from '@app/http';
import { TermDto } from '../dto/component.dto';
import { InstitutionDto, StudentDto } from '../dto/parties.dto';
import { LanguageSkillDto } from '../dto/agreement-content.dto';

export class ComponentResponse implements Documents<Component, ComponentResponse> {
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: [CreditDto] }) credits: CreditDto[];
  @ApiPropertyOptional({ type: TermDto }) term?: TermDto;
  @ApiPropertyOptional({ description: 'EWP learning opportunity specification id' }) losId?: string;
  @ApiPropertyOptional({ description: 'EWP learning opportunity instance id' }) loiId?: string;
  @ApiPropertyOptional({ description: 'Table B only: its presence means the component is not recognised automatically' })
  recognitionConditions?: string;
  @ApiPropertyOptional() shortDescription?: string;
}

/** The content of a version, a draft or a proposal, as signed (CTI-LA-2, CTI-LA-4). */
export class AgreementContentResponse implements Documents<AgreementContent, AgreementContentResponse> {
  @ApiProperty({ type: StudentDto }) student: StudentDto;
  @ApiProperty({ type: InstitutionDto }) sendingInstitution: InstitutionDto;
  @ApiProperty({ type: InstitutionDto }) receivingInstitution: InstitutionDto;
  @ApiProperty({ example: '2027-01-25' }) plannedStart: string;
  @ApiProperty({ example: '2027-06-30' }) plannedEnd: string;
  @ApiProperty({ example: '2026/2027' }) receivingAcademicYear: string;
  @ApiProperty({ enum: [6, 7, 8] }) eqfLevel: EqfLevel;
  @ApiProperty() iscedFCode: string;
  @ApiProperty({ type: LanguageSkillDto }) languageSkill: { language: string; cefrLevel: CefrLevel };
  @ApiProperty({ enum: ['semester', 'blended', 'short-term-doctoral', 'traineeship'] }) mobilityType: MobilityType;
  @ApiProperty({ enum: ['student', 'apprentice'] }) track: Track;
  @ApiProperty({ enum: ['individual', 'group'] }) stay: Stay;
  @ApiProperty({ enum: ['studies', 'internship', 'research', 'double-degree', 'joint-programme'] }) activity: Activity;
  @ApiProperty({ type: [ComponentResponse], description: 'Table A: components studied abroad' }) studiedAbroad: ComponentResponse[];
  @ApiProperty({ type: [ComponentResponse], description: 'Table B: home units recognised' }) recognisedAtHome: ComponentResponse[];
  @ApiProperty({ type: [ComponentResponse], description: 'Table C: virtual components' }) virtual: ComponentResponse[];
  @ApiProperty({ type: [ComponentResponse] }) blended: ComponentResponse[];
  @ApiProperty({ type: [ComponentResponse] }) doctoral: ComponentResponse[];
}
