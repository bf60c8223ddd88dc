import { StudentProfile } from '../student/student.profile';

/**
 * CTI-MOB-2, the Ministry's definition of an international student: a foreign national,
 * holding a foreign secondary diploma or a French baccalauréat obtained abroad, who came to
 * France to study. A French baccalauréat obtained in France is the only diploma that fails.
 */
export const isExempt = (profile: StudentProfile): boolean => {
  const foreignNational = profile.nationality !== 'FR';
  const qualifyingDiploma = profile.secondaryDiploma === 'foreign' || profile.secondaryDiplomaCountry !== 'FR';
  return foreignNational && qualifyingDiploma && profile.cameToFranceToStudy;
};
