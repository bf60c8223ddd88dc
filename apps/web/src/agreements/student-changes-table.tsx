import type { Content, StudentChanges, StudentField } from '../api/types';
import { useI18n } from '../i18n/i18n';

/** What an amendment changes in the student's data, beside the data in force (LA-STUDENT). */
export function StudentChangesTable({ student, changes }: { student: Content['student']; changes?: StudentChanges }) {
  const { t } = useI18n();
  const fields = Object.keys(changes ?? {}) as StudentField[];
  if (fields.length === 0) return null;
  return (
    <section aria-labelledby="student-changes-title">
      <h3 id="student-changes-title">{t('amendment.studentTitle')}</h3>
      <table aria-labelledby="student-changes-title">
        <thead>
          <tr>
            <th scope="col">{t('amendment.studentField')}</th>
            <th scope="col">{t('amendment.studentNow')}</th>
            <th scope="col">{t('amendment.studentProposed')}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field} className="inserted">
              <th scope="row">{t(`studentField.${field}`)}</th>
              <td>{student[field] ?? '–'}</td>
              <td>{changes![field]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
