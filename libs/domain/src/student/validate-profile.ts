import { FieldRefusal, invalid } from '../errors';
import { problemsTogether } from '../problems-together';
import { refusal } from '../refusals';
import { StudentProfile } from './student.profile';

const COUNTRY = /^[A-Z]{2}$/;
const MODALITIES = ['at-disposal-of-host', 'contract-on-hold'];

/** What is wrong with the profile, each problem with its field as the body carries it. */
const profileProblems = (profile: StudentProfile): FieldRefusal[] => {
  const problems: FieldRefusal[] = [];
  if (!COUNTRY.test(profile?.nationality ?? '')) problems.push({ field: 'nationality', said: refusal('profileCountry', 'nationality') });
  if (!COUNTRY.test(profile?.secondaryDiplomaCountry ?? '')) {
    problems.push({ field: 'secondaryDiplomaCountry', said: refusal('profileCountry', 'secondaryDiplomaCountry') });
  }
  if (!['french-baccalaureate', 'foreign'].includes(profile?.secondaryDiploma)) {
    problems.push({ field: 'secondaryDiploma', said: refusal('profileSecondaryDiploma') });
  }
  if (typeof profile?.cameToFranceToStudy !== 'boolean') problems.push({ field: 'cameToFranceToStudy', said: refusal('profileCameToStudy') });
  if (!['student', 'apprentice'].includes(profile?.track)) problems.push({ field: 'track', said: refusal('profileTrack') });
  if (!profile?.schoolId?.trim()) problems.push({ field: 'schoolId', said: refusal('profileSchoolEmpty') });
  if (!Number.isInteger(profile?.expectedGraduationYear) || profile.expectedGraduationYear < 1900) {
    problems.push({ field: 'expectedGraduationYear', said: refusal('profileGraduationYear') });
  }
  const modality = profile?.apprenticeshipModality;
  if (modality !== undefined && !MODALITIES.includes(modality)) problems.push({ field: 'apprenticeshipModality', said: refusal('profileModality', MODALITIES) });
  // CTI-MOB-5 modalities are those of an apprenticeship contract: a student has none.
  if (modality !== undefined && profile.track !== 'apprentice') {
    problems.push({ field: 'apprenticeshipModality', said: refusal('profileModalityNotApprentice') });
  }
  return problems;
};

export const assertValidProfile = (profile: StudentProfile): void => {
  const problems = profileProblems(profile);
  if (problems.length > 0) throw invalid(problemsTogether(problems, (words, said) => words.malformedProfile(said)), 'STUDENT-PROFILE', problems);
};
