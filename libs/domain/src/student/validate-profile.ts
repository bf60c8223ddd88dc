import { invalid } from '../errors';
import { StudentProfile } from './student.profile';

const COUNTRY = /^[A-Z]{2}$/;
const MODALITIES = ['at-disposal-of-host', 'contract-on-hold'];

export const assertValidProfile = (profile: StudentProfile): void => {
  const problems: string[] = [];
  if (!COUNTRY.test(profile?.nationality ?? '')) problems.push('nationality must be an ISO 3166-1 alpha-2 code');
  if (!COUNTRY.test(profile?.secondaryDiplomaCountry ?? '')) problems.push('secondaryDiplomaCountry must be an ISO 3166-1 alpha-2 code');
  if (!['french-baccalaureate', 'foreign'].includes(profile?.secondaryDiploma)) {
    problems.push('secondaryDiploma must be french-baccalaureate or foreign');
  }
  if (typeof profile?.cameToFranceToStudy !== 'boolean') problems.push('cameToFranceToStudy must be true or false');
  if (!['student', 'apprentice'].includes(profile?.track)) problems.push('track must be student or apprentice');
  if (!profile?.schoolId?.trim()) problems.push('schoolId (SCHAC code) is empty');
  if (!Number.isInteger(profile?.expectedGraduationYear) || profile.expectedGraduationYear < 1900) {
    problems.push('expectedGraduationYear must be a year');
  }
  const modality = profile?.apprenticeshipModality;
  if (modality !== undefined && !MODALITIES.includes(modality)) problems.push(`apprenticeshipModality must be one of ${MODALITIES.join(', ')}`);
  // CTI-MOB-5 modalities are those of an apprenticeship contract: a student has none.
  if (modality !== undefined && profile.track !== 'apprentice') problems.push('CTI-MOB-5: only apprentices have an apprenticeship modality');
  if (problems.length > 0) throw invalid(`malformed profile: ${problems.join('; ')}`, 'STUDENT-PROFILE');
};
