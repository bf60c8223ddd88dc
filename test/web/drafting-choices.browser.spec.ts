import { bearer } from '../tokens';
import { WebSession, personAt, problemsOf, shoot, startWebSession, unlabelled } from './web-session';

jest.setTimeout(120_000);

const admin = bearer({ sub: 'root', role: 'admin' });

/**
 * Issue 15's drafting gaps, through the forms: a student picks the host among their own
 * school's partners (student.read-school-partners), a coordinator finds a student the school
 * recorded before any agreement (STUDENT-ACTOR) and prepares their draft, which the student
 * then signs for themself (LA-PARTY).
 */
describe('drafting choices, in headless Chromium', () => {
  let session: WebSession;

  beforeAll(async () => {
    session = await startWebSession();
    const profile = { nationality: 'FR', secondaryDiplomaCountry: 'FR', secondaryDiploma: 'french-baccalaureate', cameToFranceToStudy: false, track: 'student', schoolId: 'insa-lyon.fr', expectedGraduationYear: 2030 };
    const recorded = await fetch(`${session.baseUrl}/api/students/acc-noor/profile`, { method: 'PUT', headers: { Authorization: admin, 'Content-Type': 'application/json' }, body: JSON.stringify(profile) });
    expect(recorded.status).toBe(200);
    // The school's partners are the seed's, recorded with their IIAs as its coordinator would.
  });
  afterAll(() => session?.close());

  it("a student's draft names their school and offers its partners by name, narrowed by a search, at 390 px", async () => {
    const { page, context } = await personAt(session, 'Ivan Sidorov');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('link', { name: 'Draft my agreement' }).click();
    await page.getByRole('heading', { name: 'Draft my learning agreement' }).waitFor();
    const sending = page.getByRole('group', { name: 'Sending institution' });
    // The school is the one the ledger knows Ivan by: named, not typed.
    expect(await sending.getByLabel('SCHAC code of the institution').count()).toBe(0);
    await sending.getByText(/insa-lyon\.fr|INSA/).first().waitFor();
    const host = page.getByRole('group', { name: 'Receiving institution' });
    const partners = host.getByLabel('Host institution (a partner of the school)');
    expect(await partners.locator('option[value="uw.edu.pl"]').count()).toBe(1);
    expect(await partners.locator('option[value="tum.de"]').count()).toBe(1);
    await host.getByLabel('Search by name, country or code').fill('munich');
    expect(await partners.locator('option[value="uw.edu.pl"]').count()).toBe(0);
    await partners.selectOption('tum.de');
    expect(await host.getByLabel('SCHAC code of the host institution').count()).toBe(0);
    expect(await unlabelled(page)).toEqual([]);
    await shoot(page, 'draft-host-picker');
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('a coordinator finds a recorded student with no agreement, prepares their draft, and the student signs it', async () => {
    const { page, context } = await personAt(session, 'Anders Bardal');
    await page.getByRole('link', { name: 'Students' }).click();
    await page.getByLabel('Name or student number').fill('acc-noor');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: 'Recorded, no agreement yet' }).click();
    await page.getByRole('heading', { name: 'Learning agreements' }).waitFor();
    await page.getByRole('link', { name: 'Start a learning agreement' }).click();
    await page.getByRole('heading', { name: 'Prepare a learning agreement for acc-noor' }).waitFor();

    const student = page.getByRole('group', { name: 'Student' });
    await student.getByLabel('Given names').fill('Noor');
    await student.getByLabel('Family name').fill('Haddad');
    await student.getByLabel('Email').fill('noor@example.com');
    await student.getByLabel('European Student Identifier').fill('urn:schac:personalUniqueCode:int:esi:insa-lyon.fr:20265678');
    await student.getByLabel('Birth date').fill('2004-06-01');
    await student.getByLabel('Citizenship').fill('FR');
    await page.getByRole('group', { name: 'Receiving institution' }).getByLabel('Host institution (a partner of the school)').selectOption('uw.edu.pl');
    const stay = page.getByRole('group', { name: 'Stay', exact: true });
    await stay.getByLabel('Planned start').fill('2027-02-22');
    await stay.getByLabel('Planned end').fill('2027-06-30');
    const programme = page.getByRole('group', { name: 'Programme' });
    await programme.getByLabel('Field of study').fill('0613');
    await programme.getByLabel('Language of instruction').fill('en');
    const rowA = page.getByTestId('row-studiedAbroad-0');
    await rowA.getByLabel('Code').fill('KR701');
    await rowA.getByLabel('Title').fill('Compilers');
    await rowA.getByRole('textbox', { name: /^Credits/ }).fill('6');
    const rowB = page.getByTestId('row-recognisedAtHome-0');
    await rowB.getByLabel('Code').fill('UE-INF-5');
    await rowB.getByLabel('Title').fill('Computer science, semester 8');
    await rowB.getByRole('textbox', { name: /^Credits/ }).fill('6');
    await page.getByRole('button', { name: 'Save the draft' }).click();
    await page.getByRole('heading', { name: /Learning agreement of Noor Haddad/ }).waitFor();
    // The coordinator signs for the school only: no signature is given for the student.
    expect(await page.getByTestId('signature-student').textContent()).not.toMatch(/Signed on/);
    await shoot(page, 'draft-prepared-by-school');
    expect(problemsOf(page)).toEqual([]);
    await context.close();

    const noorContext = await session.browser.newContext({ baseURL: session.baseUrl, locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    const noor = await noorContext.newPage();
    await noor.goto('/');
    await noor.getByLabel('Bearer token').fill(bearer({ sub: 'acc-noor', role: 'student', name: 'Noor Haddad' }).slice('Bearer '.length));
    await noor.getByRole('button', { name: 'Sign in with this token' }).click();
    await noor.getByRole('link', { name: /Haddad|Noor/ }).first().click();
    await noor.getByRole('checkbox', { name: /I have read the draft/ }).check();
    await noor.getByRole('button', { name: 'Sign', exact: true }).click();
    await noor.getByRole('status').filter({ hasText: 'Signed.' }).waitFor();
    expect(await noor.getByTestId('signature-student').textContent()).toMatch(/Signed on/);
    await noorContext.close();
  });
});
