import { ReactNode, useState } from 'react';
import type { SchoolSettings } from '../api/types';
import { useApi } from '../api/use-api';
import { LoadedView } from '../components/loaded';
import { useInstitutionNames } from '../institutions/institution-names';
import { SchoolPicker, useSchool } from './school-picker';

/**
 * A page of the school's settings (GET /schools/:id/regulations), edited by its coordinators
 * or by an admin who picks the school: its title, a notice once a form saved (the settings
 * read again), and the editors `children` draws from the settings.
 */
export function SchoolSettingsPage({ titleId, title, link, children }: {
  titleId: string;
  /** The page's title, of the school's name once one is chosen. */
  title: (schoolName?: string) => string;
  /** To the other page of the settings. */
  link: ReactNode;
  children: (settings: SchoolSettings, school: string, saved: (message: string) => Promise<void>) => ReactNode;
}) {
  const { nameOf } = useInstitutionNames();
  const [picked, setPicked] = useState('');
  const { school, admin } = useSchool(picked);
  const settings = useApi<SchoolSettings>(school ? `/schools/${encodeURIComponent(school)}/regulations` : undefined);
  const [notice, setNotice] = useState<string>();
  const saved = async (message: string) => {
    setNotice(undefined);
    await settings.reload();
    setNotice(message);
  };
  return (
    <section aria-labelledby={titleId}>
      <h1 id={titleId}>{title(school ? nameOf(school) : undefined)}</h1>
      <p>{link}</p>
      {admin && <SchoolPicker value={picked} onChange={setPicked} />}
      <p className={notice ? 'success' : 'visually-hidden'} role="status" aria-live="polite" data-testid="notice">{notice}</p>
      {school && <LoadedView loaded={settings}>{(current) => children(current, school, saved)}</LoadedView>}
    </section>
  );
}
