import type { Page } from 'playwright-core';
import { WebSession, personAt, problemsOf, shoot, startWebSession, unlabelled } from './web-session';

jest.setTimeout(120_000);

/** The demo's admin, picked on the sign-in page as a newcomer would. */
async function adminAt(session: WebSession): Promise<Page> {
  return (await personAt(session, 'Margaux Lenoir')).page;
}

/**
 * The school office at work: the coordinator finds a student by name, opens their record,
 * records a derogation (a refused input first, its error beside the field), edits the study
 * regulations, records a partner whom the agreement list then names; an admin names an
 * institution and erases a student's personal data after confirming.
 */
describe('the school office’s pages, in headless Chromium', () => {
  let session: WebSession;
  let sending: Page;
  let recordUrl: string;

  beforeAll(async () => {
    session = await startWebSession();
    sending = (await personAt(session, 'Anders Bardal')).page;
  });
  afterAll(() => session?.close());

  it('finds a student by name in the directory and opens their record', async () => {
    await sending.getByRole('link', { name: 'Students' }).click();
    await sending.getByRole('heading', { name: 'Students' }).waitFor();
    await sending.getByLabel('Name or student number').fill('sidorov');
    await sending.getByRole('button', { name: 'Search' }).click();
    await sending.getByText('1 student(s)').waitFor();
    await shoot(sending, 'student-directory');
    await sending.getByRole('link', { name: 'Sidorov, Ivan' }).click();
    await sending.getByRole('heading', { name: 'Student record: Sidorov, Ivan' }).waitFor();
    await sending.getByTestId('verdict').waitFor();
    await sending.getByRole('heading', { name: 'Learning agreements' }).waitFor();
    recordUrl = new URL(sending.url()).pathname;
    expect(await unlabelled(sending)).toEqual([]);
    expect(problemsOf(sending)).toEqual([]);
  });

  it('shows the API’s error beside an empty reason and records nothing, then grants the derogation', async () => {
    const panel = sending.getByRole('region', { name: 'Derogation' });
    await panel.getByText('No derogation in force.').waitFor();
    await panel.getByLabel('Decided by').fill('jury des études, 2026-05-12');
    await panel.getByRole('button', { name: 'Grant the derogation' }).click();
    const reason = panel.getByRole('textbox', { name: 'Reason' });
    await panel.getByRole('alert').filter({ hasText: /reason should not be empty/ }).waitFor();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    expect(await reason.getAttribute('aria-describedby')).toBe('derogation-reason-error');
    expect(await panel.getByText('No derogation in force.').count()).toBe(1);
    expect(await sending.getByTestId('notice').textContent()).toBe('');
    await reason.fill('medical: travel contraindicated');
    await panel.getByRole('button', { name: 'Grant the derogation' }).click();
    await sending.getByRole('status').filter({ hasText: 'Derogation granted.' }).waitFor();
    await panel.getByText('medical: travel contraindicated').waitFor();
    await panel.getByRole('button', { name: 'Revoke the derogation' }).waitFor();
    await shoot(sending, 'student-record');
  });

  it('edits the study regulations, and shows them as saved', async () => {
    await sending.getByRole('link', { name: 'Regulations' }).click();
    await sending.getByRole('heading', { name: /Study regulations of/ }).waitFor();
    const students = sending.getByLabel('Students', { exact: true });
    await students.fill('20');
    await sending.getByLabel('Days counted per stay at most').fill('4');
    await sending.getByLabel('Travel days count in the length of the stay').check();
    await sending.getByRole('button', { name: 'Save the regulations' }).click();
    await sending.getByRole('status').filter({ hasText: 'Regulations saved.' }).waitFor();
    await sending.reload();
    await sending.getByRole('heading', { name: /Study regulations of/ }).waitFor();
    expect(await sending.getByLabel('Students', { exact: true }).inputValue()).toBe('20');
    expect(await sending.getByLabel('Travel days count in the length of the stay').isChecked()).toBe(true);
    await shoot(sending, 'study-regulations');
  });

  it('keeps the mid-stay survey on across a save that changes something else', async () => {
    const survey = sending.getByLabel(/survey is also asked during the stay/);
    expect(await survey.isChecked()).toBe(false);
    await survey.check();
    await sending.getByRole('button', { name: 'Save the regulations' }).click();
    await sending.getByRole('status').filter({ hasText: 'Regulations saved.' }).waitFor();
    await sending.reload();
    await sending.getByRole('heading', { name: /Study regulations of/ }).waitFor();
    expect(await sending.getByLabel(/survey is also asked during the stay/).isChecked()).toBe(true);
    await sending.getByLabel('Students', { exact: true }).fill('21');
    await sending.getByRole('button', { name: 'Save the regulations' }).click();
    await sending.getByRole('status').filter({ hasText: 'Regulations saved.' }).waitFor();
    await sending.reload();
    await sending.getByRole('heading', { name: /Study regulations of/ }).waitFor();
    expect(await sending.getByLabel('Students', { exact: true }).inputValue()).toBe('21');
    expect(await sending.getByLabel(/survey is also asked during the stay/).isChecked()).toBe(true);
    expect(await sending.getByLabel('Travel days count in the length of the stay').isChecked()).toBe(true);
  });

  it('records a partner from the register, which the agreement list then shows by name and country', async () => {
    await sending.getByRole('link', { name: 'Partners' }).click();
    await sending.getByRole('heading', { name: /Partners of/ }).waitFor();
    await sending.getByText('Record a partner').click();
    await sending.getByLabel('Institution of the register').selectOption('uw.edu.pl');
    await sending.getByLabel('Name', { exact: true }).fill('University of Warsaw');
    await sending.getByLabel('Country').selectOption('PL');
    await sending.getByRole('button', { name: 'Record the partner' }).click();
    await sending.getByRole('status').filter({ hasText: 'Partner recorded.' }).waitFor();
    const partners = sending.getByRole('table');
    await partners.waitFor();
    expect(await partners.textContent()).toContain('University of Warsaw (Poland)');
    await shoot(sending, 'partners');
    await sending.getByRole('link', { name: 'Agreements' }).click();
    await sending.getByRole('cell', { name: 'University of Warsaw (Poland)' }).first().waitFor();
    expect(await sending.getByRole('cell', { name: 'uw.edu.pl', exact: true }).count()).toBe(0);
    await shoot(sending, 'agreements-by-institution-name');
  });

  it('shows the student record at 390 px in French without sideways scrolling, tables as cards', async () => {
    const context = await session.browser.newContext({ baseURL: session.baseUrl, locale: 'fr-FR', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('button', { name: /Anders Bardal/ }).click();
    await page.getByRole('heading', { name: 'Contrats d’études' }).waitFor();
    await page.goto(recordUrl);
    await page.getByRole('heading', { name: 'Dossier de l’élève : Sidorov, Ivan' }).waitFor();
    await page.getByRole('region', { name: 'Dérogation' }).getByText('medical: travel contraindicated').waitFor();
    await page.getByRole('heading', { name: 'Contrats d’études', level: 2 }).waitFor();
    const wider = await page.evaluate(`[...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > 390.5)
      .map((element) => element.tagName + '.' + element.className + ' ' + (element.textContent ?? '').slice(0, 40))`);
    expect(wider).toEqual([]);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await shoot(page, 'student-record-390-fr');
    expect(problemsOf(page)).toEqual([]);
  });

  it('lets an admin name an institution, then erase a student’s personal data after confirming', async () => {
    const admin = await adminAt(session);
    await admin.getByRole('link', { name: 'Institutions' }).click();
    await admin.getByRole('heading', { name: 'Institutions register' }).waitFor();
    await admin.getByRole('button', { name: 'Correct tum.de' }).click();
    await admin.getByRole('heading', { name: 'Correct tum.de' }).waitFor();
    await admin.getByLabel('Name', { exact: true }).fill('Technical University of Munich');
    await admin.getByRole('combobox', { name: /^Country/ }).selectOption('DE');
    await admin.getByRole('button', { name: 'Record the institution' }).click();
    await admin.getByRole('status').filter({ hasText: 'Technical University of Munich recorded.' }).waitFor();
    await admin.getByRole('cell', { name: 'Technical University of Munich' }).waitFor();
    await shoot(admin, 'institutions-register');

    await admin.getByRole('link', { name: 'Erasure' }).click();
    await admin.getByRole('heading', { name: 'Erasure of a student’s personal data' }).waitFor();
    await admin.getByLabel('Name or student number').fill('laurent');
    await admin.getByRole('button', { name: 'Search' }).click();
    await admin.getByRole('radio', { name: /Laurent, Emma/ }).check();
    const erase = admin.getByRole('button', { name: 'Erase the personal data' });
    expect(await erase.isDisabled()).toBe(true);
    await admin.getByLabel(/I understand that the personal data of Laurent, Emma/).check();
    await shoot(admin, 'erasure-confirmation');
    await erase.click();
    await admin.getByRole('status').filter({ hasText: /The personal data of Laurent, Emma were erased/ }).waitFor();
    // Her name is no longer found: she is found by her number alone, as erased, and cannot be picked again.
    await admin.getByText('No student found.').waitFor();
    await admin.getByLabel('Name or student number').fill('acc-emma');
    await admin.getByRole('button', { name: 'Search' }).click();
    const erased = admin.getByRole('radio', { name: 'Personal data erased (acc-emma)' });
    await erased.waitFor();
    expect(await erased.isDisabled()).toBe(true);
    expect(problemsOf(admin)).toEqual([]);
  });
});
