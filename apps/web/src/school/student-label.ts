import type { StudentDirectoryLine } from '../api/types';
import type { Translate } from '../i18n/i18n';

/** How a directory line names the student: the agreements' name, else said in words (erased, or known by their record only). */
export const studentLabel = (line: StudentDirectoryLine, t: Translate): string =>
  line.name ?? (line.erased ? t('reg.directory.erased') : t('reg.directory.unnamed'));
