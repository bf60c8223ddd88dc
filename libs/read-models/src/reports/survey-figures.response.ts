import { ApiProperty } from '@nestjs/swagger';
import { Documents } from '@app/http';
import { SurveyMomentResponse } from './cohort-report.response';
import type { SurveyFigureQuestion, SurveyFigures, SurveyFiguresByPartner } from './survey-figures';

class SurveyWordingResponse implements Documents<SurveyFigureQuestion['wording'], SurveyWordingResponse> {
  @ApiProperty({ example: 'L’accueil sur place' }) fr: string;
  @ApiProperty({ example: 'The welcome on site' }) en: string;
}

class SurveyFigureQuestionResponse implements Documents<SurveyFigureQuestion, SurveyFigureQuestionResponse> {
  @ApiProperty({ example: 'welcome' }) id: string;
  @ApiProperty({ type: SurveyWordingResponse, description: 'As the school last worded it' }) wording: SurveyWordingResponse;
}

class SurveyPartnerFiguresResponse implements Documents<SurveyFiguresByPartner, SurveyPartnerFiguresResponse> {
  @ApiProperty({ example: 'uw.edu.pl', description: 'The receiving institution (SCHAC code)' }) partner: string;
  @ApiProperty({ type: SurveyMomentResponse, description: 'During the stay' }) 'mid-stay': SurveyMomentResponse;
  @ApiProperty({ type: SurveyMomentResponse, description: 'After the return' }) 'after-return': SurveyMomentResponse;
}

class SurveyMomentTotalsResponse implements Documents<SurveyFigures['total'], SurveyMomentTotalsResponse> {
  @ApiProperty({ type: SurveyMomentResponse, description: 'During the stay' }) 'mid-stay': SurveyMomentResponse;
  @ApiProperty({ type: SurveyMomentResponse, description: 'After the return' }) 'after-return': SurveyMomentResponse;
}

/** GET /api/reports/surveys (CTI-MOB-9) */
export class SurveyFiguresResponse implements Documents<SurveyFigures, SurveyFiguresResponse> {
  @ApiProperty({ example: 'insa-lyon.fr' }) school: string;
  @ApiProperty({ example: '2026/2027' }) academicYear: string;
  @ApiProperty({ type: [SurveyFigureQuestionResponse], description: 'The rating questions the means are of; free-text questions are never counted' })
  questions: SurveyFigureQuestionResponse[];
  @ApiProperty({ type: SurveyMomentTotalsResponse, description: 'Every partner together' }) total: SurveyMomentTotalsResponse;
  @ApiProperty({ type: [SurveyPartnerFiguresResponse] }) byPartner: SurveyPartnerFiguresResponse[];
}
