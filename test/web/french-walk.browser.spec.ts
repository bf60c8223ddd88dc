import type { Page, Response } from 'playwright-core';
import { englishLeftOn, watchApi } from './untranslated';
import { WebSession, personAt, problemsOf, startWebSession } from './web-session';

jest.setTimeout(120_000);

/**
 * A French reader through every page of the demo data: the list, an agreement, its
 * recognition and audit trail, the mobility status and the cohort dashboard. Each page fails
 * on a label left in English, an English sentence of the server, or a code shown as is.
 */
describe('the web pages in French, with nothing left in English', () => {
  let session: WebSession;
  beforeAll(async () => {
    session = await startWebSession();
  });
  afterAll(() => session?.close());

  const frenchReader = async (name: string): Promise<{ page: Page; answers: Response[] }> => {
    const { page } = await personAt(session, name, 'fr-FR');
    return { page, answers: watchApi(page) };
  };
  /** Checks the page as it stands, then forgets what it read. */
  const speaksFrench = async ({ page, answers }: { page: Page; answers: Response[] }) => {
    await page.waitForLoadState('networkidle');
    expect(await englishLeftOn(page, answers)).toEqual([]);
    answers.length = 0;
  };

  it('lists the agreements and shows one, its recognition and the student’s mobility status in French', async () => {
    const tom = await frenchReader('Tom Girard');
    await tom.page.reload();
    await tom.page.getByRole('heading', { name: 'Contrats d’études' }).waitFor();
    await speaksFrench(tom);

    await tom.page.getByRole('link', { name: /Girard, Tom/ }).click();
    await tom.page.getByRole('heading', { name: /Contrat d’études de Tom/ }).waitFor();
    await speaksFrench(tom);

    await tom.page.getByRole('link', { name: 'Reconnaissance' }).click();
    await tom.page.getByTestId('recognised-ects').waitFor();
    await speaksFrench(tom);

    await tom.page.getByRole('link', { name: 'Mon statut de mobilité' }).click();
    await tom.page.getByTestId('verdict').waitFor();
    await speaksFrench(tom);
    // Weeks are written with a decimal comma in French.
    expect(await tom.page.locator('dl.figures').textContent()).not.toMatch(/\d\.\d/);
    expect(problemsOf(tom.page)).toEqual([]);
  });

  it('shows the auditor the audit trail and the cohort dashboard in French', async () => {
    const auditor = await frenchReader('Claire Dubois');
    await auditor.page.getByRole('link', { name: /Girard, Tom/ }).click();
    await auditor.page.getByRole('link', { name: 'Piste d’audit' }).click();
    await auditor.page.getByTestId('verification').waitFor();
    await auditor.page.getByRole('list', { name: 'Piste d’audit' }).waitFor();
    await speaksFrench(auditor);

    await auditor.page.getByRole('link', { name: 'Tableau de bord de la promotion' }).click();
    await auditor.page.getByTestId('mobility-rate').waitFor();
    await speaksFrench(auditor);
    expect(await auditor.page.getByTestId('mobility-rate').textContent()).toMatch(/^(\d+,\d %|–)$/);
    expect(problemsOf(auditor.page)).toEqual([]);
  });
});
