import { APPRENTICE_MINIMUM_WEEKS, StudyRegulations } from '../school/study-regulations';
import { Track } from '../agreement/agreement.content';

/**
 * The school's minimum for the track. Apprentices never go below the CTI floor (CTI-MOB-5),
 * even if settings written before the check said less.
 */
export const minimumWeeks = (track: Track, regulations: StudyRegulations): number =>
  track === 'apprentice'
    ? Math.max(APPRENTICE_MINIMUM_WEEKS, regulations.minimumWeeksAbroad.apprentice)
    : regulations.minimumWeeksAbroad.student;
