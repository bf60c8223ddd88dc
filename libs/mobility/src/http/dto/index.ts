export * from './declared-stay.dto';
export * from './derogation.dto';
export * from './grade-distribution.dto';
export * from './stay-records.dto';
export * from './student-profile.dto';
export * from './study-regulations.dto';
export * from './survey-answer.dto';
export * from './survey-questions.dto';
