import type { Page } from 'playwright-core';
import { as, bearer } from '../tokens';
import { WebSession, personAt, problemsOf, shoot, startWebSession, unlabelled } from './web-session';

jest.setTimeout(180_000);

/**
 * The work that needed curl, done in the pages: the host enters Hugo's transcript (a refused
 * line first, shown beside its field, nothing recorded), the sending school records a remedy
 * and a decision on credits beyond the agreement, a new student drafts an agreement through
 * the form and signs it, and a student reads their stay's dates and mobility status.
 */
describe('the working forms, in headless Chromium', () => {
  let session: WebSession;
  let host: Page;
  let school: Page;
  let hugoRecognition: string;

  beforeAll(async () => {
    session = await startWebSession();
    host = (await personAt(session, 'Paweł Kowalski')).page;
    school = (await personAt(session, 'Anders Bardal')).page;
  });
  afterAll(() => session?.close());

  const api = async <T,>(path: string, token: string): Promise<T> => {
    const response = await fetch(`${session.baseUrl}/api${path}`, { headers: { Authorization: token } });
    return (await response.json()) as T;
  };
  /** A line of the transcript form, found by its legend (every line's list names every component). */
  const line = (page: Page, code: string) => page.locator('fieldset.line-card').filter({ has: page.locator('legend', { hasText: code }) });
  const notice = (page: Page, text: string) => page.getByTestId('recognition-notice').filter({ hasText: text }).waitFor();
  /** What sticks out of the window sideways (at 390 px a table or a form that overflows is a defect), named for the failure. */
  const overflow = (page: Page): Promise<string[]> =>
    page.evaluate(`[...document.querySelectorAll('main *')]
      .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
      .map((element) => element.outerHTML.slice(0, 100))`);

  it('the host enters the transcript: a refused line is shown beside its credits and nothing is recorded (REC-PLAUSIBLE)', async () => {
    await host.getByRole('link', { name: /Petit, Hugo/ }).click();
    await host.getByRole('heading', { name: /Learning agreement of Hugo/ }).waitFor();
    await host.getByRole('link', { name: 'Recognition' }).click();
    await host.getByRole('heading', { name: 'Enter the transcript of records' }).waitFor();
    hugoRecognition = new URL(host.url()).pathname;
    const mobilityId = hugoRecognition.split('/')[2];
    await host.getByTestId('no-transcript').waitFor();

    // A refused field with no message beside it (the local grade) is said above the lines, not swallowed.
    const grade = line(host, 'KR610').getByLabel('Local grade');
    await grade.fill('x'.repeat(21));
    await host.getByRole('button', { name: 'Record the transcript' }).click();
    await host.getByRole('alert').filter({ hasText: /components\.\d+\.localGrade/ }).waitFor();
    await grade.fill('');

    await line(host, 'KR610').getByRole('textbox', { name: /^Credits obtained/ }).fill('0');
    await line(host, 'KR611').getByLabel('Result').selectOption('failed');
    await host.getByRole('button', { name: 'Add a line' }).click();
    const extra = host.locator('fieldset.line-card').last();
    await extra.getByLabel('Component').selectOption({ label: 'Unplanned extra (not in the agreement)' });
    await extra.getByLabel('Code of the extra').fill('KR599');
    await extra.getByLabel('Title of the extra').fill('Polish culture');
    await extra.getByLabel('Why it was taken').fill('Advised by the host coordinator to follow the courses in Polish');
    await extra.getByRole('textbox', { name: /^Credits obtained/ }).fill('2');
    await host.getByRole('button', { name: 'Record the transcript' }).click();

    const credits = line(host, 'KR610').getByRole('textbox', { name: /^Credits obtained/ });
    await line(host, 'KR610').locator('.field-error').filter({ hasText: 'REC-PLAUSIBLE' }).waitFor();
    expect(await credits.getAttribute('aria-invalid')).toBe('true');
    expect(await line(host, 'KR611').locator('.field-error').count()).toBe(0);
    await shoot(host, 'transcript-refused-line');
    // Refused, so appended nothing: the view still waits for a transcript, and so does the API.
    expect(await host.getByTestId('no-transcript').isVisible()).toBe(true);
    expect((await api<{ transcripts: unknown[] }>(`/agreements/${mobilityId}/recognition`, as.receiving)).transcripts).toEqual([]);
    expect(await unlabelled(host)).toEqual([]);
  });

  it('records the corrected transcript, with a decimal comma, and shows the recognition it gives', async () => {
    await line(host, 'KR610').getByRole('textbox', { name: /^Credits obtained/ }).fill('7,5');
    await host.getByRole('button', { name: 'Record the transcript' }).click();
    await notice(host, 'Transcript recorded.');
    expect(await host.getByTestId('recognised-ects').textContent()).toBe('18');
    expect(await host.getByTestId('recognition-status').textContent()).toBe('Decisions pending');
    await host.getByText('Correct the transcript', { exact: true }).waitFor();
    expect(problemsOf(host)).toEqual([]);
  });

  it('the sending school records a remedy for the failed component and decides on the unplanned extra (CTI-REC-5, REC-EXCESS)', async () => {
    await school.goto(hugoRecognition);
    const failure = school.getByTestId('failure-KR611');
    await failure.getByLabel('What the student does').fill('Signal processing at home, spring session');
    await failure.getByRole('button', { name: 'Record the remedy' }).click();
    await notice(school, 'Remedy recorded for KR611.');
    await failure.getByText(/Remedy 1 \(Component followed at home\): Signal processing at home/).waitFor();
    await failure.getByRole('button', { name: 'Record the outcome' }).waitFor();

    const extra = school.getByTestId('extra-KR599');
    await extra.getByRole('button', { name: 'Record the decision' }).click();
    await extra.locator('.field-error').waitFor();
    expect(await extra.getByRole('textbox', { name: /^Reason/ }).getAttribute('aria-invalid')).toBe('true');
    await shoot(school, 'recognition-decisions');
    await extra.getByRole('radio', { name: 'Recognise', exact: true }).check();
    await extra.getByRole('textbox', { name: /^Reason/ }).fill('Polish culture replaces the second language unit at home');
    await extra.getByRole('button', { name: 'Record the decision' }).click();
    await notice(school, 'Decision recorded for KR599.');
    expect(await school.getByTestId('recognised-ects').textContent()).toBe('20');
    expect(await school.getByTestId('extra-KR599').count()).toBe(0);
    expect(await unlabelled(school)).toEqual([]);
    expect(problemsOf(school)).toEqual([]);
  });

  it('shows the recognition page in French at 390 px, nothing wider than the window', async () => {
    const { page, context } = await personAt(session, 'Anders Bardal', 'fr-FR');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(hugoRecognition);
    await page.getByRole('heading', { name: 'Reconnaissance des crédits' }).waitFor();
    await page.getByTestId('failure-KR611').getByRole('button', { name: 'Enregistrer l’issue' }).waitFor();
    expect(await page.getByTestId('recognised-ects').textContent()).toBe('20');
    expect(await overflow(page)).toEqual([]);
    await shoot(page, 'recognition-decisions-fr-390');
    await context.close();
  });

  it('the sending school names a conversion rule for a scheme it had none for, beside the line it converts (CTI-REC-3)', async () => {
    const post = (path: string, token: string, body: unknown) =>
      fetch(`${session.baseUrl}/api${path}`, { method: 'POST', headers: { Authorization: token, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const { items } = await api<{ items: { mobilityId: string }[] }>('/agreements?student=acc-chloe', as.sending);
    const chloe = items[0].mobilityId;
    const hans = bearer({ sub: 'staff-hans', role: 'receiving', institution: 'tum.de', name: 'Hans Vogel' });
    const ects = (code: string) => ({ code, credits: { scheme: 'ects', value: '6' }, localGrade: '1.7', result: 'passed' });
    const recorded = await post(`/agreements/${chloe}/transcripts`, hans, { components: [
      ects('MW1001'), ects('MW1002'), ects('MW1003'), ects('MW1004'),
      { code: 'SZ0410', credits: { scheme: 'de-sws', value: '4' }, localGrade: '2.0', result: 'passed', creditsDifferenceReason: 'The language centre counts weekly hours' },
    ] });
    expect(recorded.status).toBe(201);

    await school.goto(`/agreements/${chloe}/recognition`);
    const conversion = school.getByTestId('conversion-SZ0410');
    await conversion.getByRole('button', { name: 'Record the rule' }).click();
    await conversion.getByRole('textbox', { name: /^Where the rule comes from/ }).and(school.locator('[aria-invalid="true"]')).waitFor();
    expect(await school.getByTestId('recognised-ects').textContent()).toBe('24');
    await conversion.getByRole('textbox', { name: /^ECTS per credit/ }).fill('1,5');
    await conversion.getByRole('textbox', { name: /^Where the rule comes from/ }).fill('Study regulations 2025, art. 12: one weekly hour is 1.5 ECTS');
    await conversion.getByRole('button', { name: 'Record the rule' }).click();
    await notice(school, 'Conversion recorded for SZ0410.');
    expect(await school.getByTestId('recognised-ects').textContent()).toBe('30');
    expect(await school.getByTestId('conversion-SZ0410').count()).toBe(0);
    expect(problemsOf(school)).toEqual([]);
  });

  it('a new student drafts an agreement through the form, sees LA-CREDITS beside the credits, fixes them, saves and signs', async () => {
    const context = await session.browser.newContext({ baseURL: session.baseUrl, locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const token = bearer({ sub: 'acc-zoe', role: 'student', name: 'Zoé Lambert', email: 'zoe@example.com' });
    await page.goto('/');
    await page.getByLabel('Bearer token').fill(token.slice('Bearer '.length));
    await page.getByRole('button', { name: 'Sign in with this token' }).click();
    await page.getByRole('link', { name: 'Draft my agreement' }).click();
    await page.getByRole('heading', { name: 'Draft my learning agreement' }).waitFor();

    const student = page.getByRole('group', { name: 'Student' });
    expect(await student.getByLabel('Given names').inputValue()).toBe('Zoé');
    await student.getByLabel('European Student Identifier').fill('urn:schac:personalUniqueCode:int:esi:insa-lyon.fr:20261234');
    await student.getByLabel('Birth date').fill('2004-03-14');
    await student.getByLabel('Citizenship').fill('FR');
    await page.getByRole('group', { name: 'Sending institution' }).getByLabel('SCHAC code of the institution').fill('insa-lyon.fr');
    // A student no school has recorded yet picks the host from the institutions register, by name.
    const host = page.getByRole('group', { name: 'Receiving institution' });
    await host.getByLabel('Search by name, country or code').fill('uw.edu');
    await host.getByLabel('Host institution (from the institutions register)').selectOption('uw.edu.pl');
    const stay = page.getByRole('group', { name: 'Stay', exact: true });
    await stay.getByLabel('Planned start').fill('2027-02-22');
    await stay.getByLabel('Planned end').fill('2027-06-30');
    expect(await stay.getByLabel('Academic year at the host').inputValue()).toBe('2026/2027');
    const programme = page.getByRole('group', { name: 'Programme' });
    await programme.getByLabel('Field of study').fill('0613');
    await programme.getByLabel('Language of instruction').fill('en');
    const rowA = page.getByTestId('row-studiedAbroad-0');
    await rowA.getByLabel('Code').fill('KR700');
    await rowA.getByLabel('Title').fill('Distributed algorithms');
    await rowA.getByRole('textbox', { name: /^Credits/ }).fill('0');
    await rowA.getByLabel('Term').selectOption({ label: 'Term 2 of 2' });
    const rowB = page.getByTestId('row-recognisedAtHome-0');
    await rowB.getByLabel('Code').fill('UE-INF-4');
    await rowB.getByLabel('Title').fill('Computer science, semester 7');
    await rowB.getByRole('textbox', { name: /^Credits/ }).fill('7,5');
    await page.getByRole('button', { name: 'Save the draft' }).click();

    await rowA.locator('.field-error').filter({ hasText: 'LA-CREDITS' }).waitFor();
    expect(await rowA.getByRole('textbox', { name: /^Credits/ }).getAttribute('aria-invalid')).toBe('true');
    expect(await rowB.locator('.field-error').count()).toBe(0);
    await shoot(page, 'draft-form-refused-credits');
    const zoe = bearer({ sub: 'acc-zoe', role: 'student' });
    expect((await api<{ total: number }>('/agreements', zoe)).total).toBe(0);

    await rowA.getByRole('textbox', { name: /^Credits/ }).fill('7,5');
    await page.getByRole('button', { name: 'Save the draft' }).click();
    await page.getByRole('heading', { name: /Learning agreement of Zoé Lambert/ }).waitFor();
    await page.getByTestId('notice').filter({ hasText: 'Draft saved.' }).waitFor();
    // What EWP still needs is shown as the draft is saved: here the contact persons (EWP-LA-CONTACT).
    const warnings = page.getByTestId('agreement-warnings');
    await warnings.getByText('receivingInstitution.contactPerson').waitFor();
    expect(await warnings.textContent()).toContain('EWP-LA-CONTACT');
    expect(await page.getByTestId('total-studiedAbroad').textContent()).toBe('7.5 ECTS');

    await page.getByRole('checkbox', { name: /I have read the draft/ }).check();
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Signed.' }).waitFor();
    expect(await page.getByTestId('signature-student').textContent()).toMatch(/Signed on/);
    await shoot(page, 'draft-saved-and-signed');
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('the student edits the draft in French at 390 px: the form holds the saved content, with a decimal comma', async () => {
    const context = await session.browser.newContext({ baseURL: session.baseUrl, locale: 'fr-FR', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByLabel('Jeton').fill(bearer({ sub: 'acc-zoe', role: 'student', name: 'Zoé Lambert', email: 'zoe@example.com' }).slice('Bearer '.length));
    await page.getByRole('button', { name: /jeton/ }).click();
    await page.getByRole('link', { name: /Lambert, Zoé/ }).click();
    await page.getByRole('link', { name: 'Modifier le brouillon' }).click();
    await page.getByRole('heading', { name: 'Modifier le brouillon' }).waitFor();
    await page.getByText('Enregistrer une modification annule les signatures').waitFor();
    expect(await page.getByTestId('row-studiedAbroad-0').getByRole('textbox', { name: /^Crédits/ }).inputValue()).toBe('7,5');
    expect(await overflow(page)).toEqual([]);
    await shoot(page, 'draft-edit-fr-390');
    await context.close();
  });

  it('a student reads the dates of their stay, is told a second departure is refused (LA-STAY), and reads their mobility status', async () => {
    const { page, context } = await personAt(session, 'Léa Martin');
    await page.getByRole('link', { name: /Martin, Léa/ }).click();
    await page.getByTestId('stay-start').filter({ hasText: 'declared' }).waitFor();
    expect(await page.getByTestId('stay-end').textContent()).toMatch(/declared/);
    // Her departure is on record: a second one is refused (LA-STAY), said in the form, and the dates stay as they were.
    const stayDates = page.locator('section.stay-dates');
    const before = await page.getByTestId('stay-start').textContent();
    await stayDates.getByText('Record the departure or the return').click();
    await stayDates.getByLabel('Day').fill('2026-01-10');
    await stayDates.getByRole('button', { name: 'Record the day' }).click();
    await stayDates.getByRole('alert').filter({ hasText: 'LA-STAY' }).waitFor();
    expect(await page.getByTestId('stay-start').textContent()).toBe(before);
    await page.getByRole('link', { name: 'My mobility status' }).click();
    await page.getByTestId('verdict').waitFor();
    expect(await page.getByRole('textbox', { name: 'Student' }).count()).toBe(0);
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });
});
