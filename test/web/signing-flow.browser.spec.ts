import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { as } from '../tokens';
import { WebSession, personAt, problemsOf, shoot, startWebSession, unlabelled } from './web-session';

jest.setTimeout(120_000);

/**
 * The three parties sign an agreement in order from their own browsers, the host rejects an
 * amendment with a comment, a second one is approved, the auditor reads the trail, and the
 * school's coordinator signs what waits for them one agreement after the other.
 */
describe('the web pages, in headless Chromium', () => {
  let session: WebSession;
  let student: Page;
  let sending: Page;
  let receiving: Page;
  let agreementUrl: string;

  beforeAll(async () => {
    session = await startWebSession();
    student = (await personAt(session, 'Ivan Sidorov')).page;
    sending = (await personAt(session, 'Anders Bardal')).page;
    receiving = (await personAt(session, 'Paweł Kowalski')).page;
  });
  afterAll(() => session?.close());

  const open = async (page: Page) => {
    await page.goto(agreementUrl);
    await page.getByRole('heading', { name: /Learning agreement of Ivan/ }).waitFor();
  };
  const strip = (page: Page, party: string) => page.getByTestId(`signature-${party}`);
  /** Signs, and checks the page already shows the signature when it says so (the message follows the refresh). */
  const sign = async (page: Page, what: RegExp) => {
    await page.getByRole('checkbox', { name: what }).waitFor();
    const party = await page.locator('[data-testid^="signature-"].next').getAttribute('data-testid');
    await page.getByRole('checkbox', { name: what }).check();
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Signed.' }).waitFor();
    expect(await page.getByTestId(party!).textContent()).toMatch(/Signed on/);
  };

  /** Tabs from the top of the page to the reading confirmation, ticks it with Space, tabs to Sign and presses Enter. */
  const signWithKeyboard = async (page: Page) => {
    await page.getByRole('checkbox', { name: /I have read/ }).waitFor();
    await page.locator('body').focus();
    const focusedName = () => page.evaluate<string>(`document.activeElement?.labels?.[0]?.textContent ?? document.activeElement?.textContent ?? ''`);
    const tabTo = async (name: RegExp) => {
      for (let presses = 0; presses < 80; presses++) {
        await page.keyboard.press('Tab');
        if (name.test(await focusedName())) return;
      }
      throw new Error(`no element named ${name} is reached with Tab`);
    };
    await tabTo(/I have read/);
    await page.keyboard.press('Space');
    await tabTo(/^Sign$/);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Signed.' }).waitFor();
  };

  it('serves the sign-in page at / with the demo identities, in French for a French browser', async () => {
    const { page } = await personAt(session, 'Anders Bardal', 'fr-FR');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    await shoot(page, 'sign-in');
    expect(await page.getByRole('button', { name: /Se connecter en tant que/ }).count()).toBeGreaterThanOrEqual(6);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(problemsOf(page)).toEqual([]);
  });

  it('lists what waits for the student, and the student signs the draft first', async () => {
    await student.getByRole('checkbox', { name: 'Waiting for me' }).check();
    await student.getByText('1 agreement(s)').waitFor();
    await student.getByRole('link', { name: /Sidorov, Ivan/ }).click();
    await student.getByRole('heading', { name: /Learning agreement of Ivan/ }).waitFor();
    agreementUrl = new URL(student.url()).pathname;
    expect(await student.getByTestId('total-studiedAbroad').textContent()).toBe('19.5 ECTS');
    await strip(student, 'student').getByText(/Next to sign/).waitFor();
    await sign(student, /I have read the draft/);
    await strip(student, 'student').getByText(/Ivan Sidorov/).waitFor();
    await strip(student, 'sending').getByText(/Next to sign/).waitFor();
    await shoot(student, 'agreement-signed-by-student');
    expect(problemsOf(student)).toEqual([]);
  });

  it('does not let the host sign before the sending school (LA-ORDER): it is not their turn', async () => {
    await open(receiving);
    await receiving.getByText('Waiting for the Sending institution to sign.').waitFor();
    expect(await receiving.getByRole('button', { name: 'Sign', exact: true }).count()).toBe(0);
  });

  it('shows the API’s field error next to an empty rejection comment, then the sending school signs', async () => {
    await sending.goto('/agreements?waiting=1');
    await sending.getByRole('link', { name: /Sidorov, Ivan/ }).first().waitFor();
    await open(sending);
    await sending.getByRole('button', { name: 'Reject with a comment' }).click();
    await sending.getByRole('button', { name: 'Send the rejection' }).click();
    const comment = sending.getByLabel('Comment for the other parties');
    await sending.locator('#reject-comment-error').waitFor();
    expect(await comment.getAttribute('aria-invalid')).toBe('true');
    expect(await sending.locator('#reject-comment-error').textContent()).toMatch(/comment/);
    await shoot(sending, 'field-error');
    await sending.getByRole('button', { name: 'Cancel' }).click();
    await sign(sending, /I have read the draft/);
    await strip(sending, 'receiving').getByText(/Next to sign/).waitFor();
  });

  it('the host signs last and version 1 comes into force', async () => {
    await open(receiving);
    await sign(receiving, /I have read the draft/);
    await receiving.getByText('Approved', { exact: true }).first().waitFor();
    await receiving.getByRole('combobox', { name: 'Version shown' }).waitFor();
    expect(await receiving.getByRole('combobox', { name: 'Version shown' }).inputValue()).toBe('version:1');
    for (const party of ['student', 'sending', 'receiving']) await strip(receiving, party).getByText(/Signed on/).waitFor();
    await shoot(receiving, 'agreement-approved');
  });

  const propose = async (code: string, title: string) => {
    await open(student);
    await student.getByText('Propose an amendment').click();
    await student.getByLabel('Component to delete').selectOption({ label: 'KR502B – Numerical analysis' });
    await student.getByLabel('Reason for deleting it').selectOption({ label: 'Not available' });
    await student.getByLabel('Code of the component to insert').fill(code);
    await student.getByLabel('Title of the component to insert').fill(title);
    await student.getByLabel('ECTS credits of the component to insert').fill('7.5');
    await student.getByLabel('Reason for inserting it').selectOption({ label: 'Replaces a deleted component' });
    await student.getByRole('button', { name: 'Propose the amendment' }).click();
    await student.getByRole('heading', { name: /Amendment \d, proposed by the Student/ }).waitFor();
    await sign(student, /I have read the amendment/);
  };

  it('says a refused amendment beside the change line that caused it, not above the form (LA-CREDITS)', async () => {
    await open(student);
    await student.getByText('Propose an amendment').click();
    await student.getByLabel('Component to delete').selectOption({ label: 'KR502B – Numerical analysis' });
    await student.getByLabel('Code of the component to insert').fill('KR510');
    await student.getByLabel('Title of the component to insert').fill('Numerical methods');
    const credits = student.getByLabel('ECTS credits of the component to insert');
    await credits.fill('0');
    await student.getByRole('button', { name: 'Propose the amendment' }).click();
    await student.locator('#insert-credits-error').waitFor();
    expect(await student.locator('#insert-credits-error').textContent()).toMatch(/0 ects is not above zero/);
    expect(await credits.getAttribute('aria-invalid')).toBe('true');
    expect(await student.locator('#insert-code-error').count()).toBe(0);
    expect(await student.locator('.amendment-form').getByText(/content\.studiedAbroad/).count()).toBe(0);
    expect(await student.locator('.amendment-form [role="alert"]').count()).toBe(1);
  });

  it('shows an amendment as a diff against version 1, and the host rejects it with a comment', async () => {
    await propose('KR510', 'Numerical methods');
    const inserted = student.locator('tr.inserted');
    const deleted = student.locator('tr.deleted');
    expect(await inserted.textContent()).toContain('KR510');
    expect(await inserted.textContent()).toContain('Replaces a deleted component');
    expect(await deleted.textContent()).toContain('KR502B');
    expect(await deleted.textContent()).toContain('Not available');
    expect(await student.getByTestId('total-studiedAbroad').first().textContent()).toBe('19.5 ECTS');
    await shoot(student, 'amendment-diff');

    await open(sending);
    await sign(sending, /I have read the amendment/);
    await open(receiving);
    await receiving.getByRole('button', { name: 'Reject with a comment' }).click();
    await receiving.getByLabel('Comment for the other parties').fill('KR510 is full this term; KR511 has seats.');
    await receiving.getByRole('button', { name: 'Send the rejection' }).click();
    await receiving.getByRole('status').filter({ hasText: 'Rejected.' }).waitFor();
    await open(student);
    await student.getByText('KR510 is full this term; KR511 has seats.').waitFor();
    expect(await student.getByRole('region', { name: 'Rejections' }).textContent()).toContain('Receiving institution rejected the amendment 1');
  });

  it('approves a second amendment signed by the three parties: version 2 in force, version 1 still readable', async () => {
    await propose('KR511', 'Numerical methods II');
    await open(sending);
    await sign(sending, /I have read the amendment/);
    await open(receiving);
    await sign(receiving, /I have read the amendment/);
    await receiving.getByRole('option', { name: /version 2 in force/ }).waitFor({ state: 'attached' });
    const picker = receiving.getByRole('combobox', { name: 'Version shown' });
    expect(await picker.inputValue()).toBe('version:2');
    expect(await receiving.getByRole('cell', { name: 'KR511' }).count()).toBe(1);
    await picker.selectOption('version:1');
    await receiving.getByRole('cell', { name: 'KR502B' }).waitFor();
    expect(await receiving.getByRole('cell', { name: 'KR511' }).count()).toBe(0);
  });

  it('hands the host version 2 as signed, a PDF whose text holds the new component and the three signatures (CTI-LA-4)', async () => {
    await open(receiving);
    const [download] = await Promise.all([
      receiving.waitForEvent('download'),
      receiving.getByRole('button', { name: 'Download version 2 as signed (PDF)' }).click(),
    ]);
    const text = execFileSync('pdftotext', ['-layout', (await download.path())!, '-'], { encoding: 'utf8' });
    expect(text).toContain('Learning agreement, version 2');
    expect(text).toContain('KR511');
    expect(text).toMatch(/Receiving institution: Paweł Kowalski, signed on/);
  });

  it('shows the student data an amendment changes beside the data in force (LA-STUDENT)', async () => {
    const mobilityId = agreementUrl.split('/').pop()!;
    const proposed = await fetch(`${session.baseUrl}/api/agreements/${mobilityId}/amendments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: as.student },
      body: JSON.stringify({ changes: [], student: { familyName: 'Karamazov' } }),
    });
    expect(proposed.status).toBe(201);
    await open(receiving);
    const table = receiving.getByRole('table', { name: /The student's data/ });
    await table.waitFor();
    expect(await table.getByRole('row', { name: /Family name/ }).textContent()).toMatch(/Sidorov.*Karamazov/);
    await receiving.getByRole('heading', { name: 'Learning agreement of Ivan Sidorov' }).waitFor();
    await shoot(receiving, 'amendment-student-data');
  });

  it('lets the student withdraw that proposal on a phone, in French, and the host then give its contact without new signatures (CTI-LA-3, LA-MINOR)', async () => {
    const { page: ivan } = await personAt(session, 'Ivan Sidorov', 'fr-FR');
    await ivan.setViewportSize({ width: 390, height: 844 });
    await ivan.goto(agreementUrl);
    await ivan.getByRole('button', { name: 'Retirer l’avenant 3' }).click();
    await ivan.getByLabel(/Pourquoi/).fill('Nom saisi par erreur');
    await ivan.getByRole('button', { name: 'Retirer l’avenant 3' }).click();
    await ivan.getByRole('status').filter({ hasText: 'Avenant 3 retiré.' }).waitFor();
    expect(await ivan.getByTestId('total-studiedAbroad').first().textContent()).toBe('19,5 ECTS');
    expect(await ivan.getByRole('region', { name: 'Avenants retirés' }).textContent()).toContain('Nom saisi par erreur');
    expect(await ivan.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await shoot(ivan, 'amendment-withdrawn-phone-fr');
    expect(problemsOf(ivan)).toEqual([]);

    await open(receiving);
    await receiving.getByText('Record a minor change').click();
    await receiving.getByLabel('Contact person’s e-mail').fill('not an address');
    await receiving.getByRole('button', { name: 'Record the change' }).click();
    await receiving.locator('#minor-changes-receivingContactPerson-email-error').waitFor();
    await receiving.getByLabel('Your institution’s contact person: name').fill('Hanna Berg');
    await receiving.getByLabel('Contact person’s e-mail').fill('hanna.berg@example.com');
    await receiving.getByLabel('Why (kept with the version)').fill('Coordinator for incoming students');
    await receiving.getByRole('button', { name: 'Record the change' }).click();
    await receiving.getByRole('status').filter({ hasText: 'Minor change recorded.' }).waitFor();
    const changes = receiving.getByRole('region', { name: 'Changes without new signatures' });
    expect(await changes.textContent()).toContain('Hanna Berg <hanna.berg@example.com>');
    for (const party of ['student', 'sending', 'receiving']) await strip(receiving, party).getByText(/Signed on/).waitFor();
  });

  it('lets the auditor read the timeline in plain words and the hash chain verified', async () => {
    const { page: auditor } = await personAt(session, 'Claire Dubois');
    await auditor.goto(`${agreementUrl}/audit`);
    await auditor.getByTestId('verification').getByText(/Intact/).waitFor();
    const timeline = auditor.getByRole('list', { name: 'Audit trail' });
    await timeline.waitFor();
    const text = await timeline.textContent();
    expect(text).toContain('The student signed the draft');
    expect(text).toContain('Receiving institution (uw.edu.pl) signed the draft');
    // Actors by name and role, not by account id.
    expect(text).toContain('Ivan Sidorov · Student');
    expect(text).toContain('Paweł Kowalski · Receiving institution, uw.edu.pl');
    expect(text).not.toContain('acc-ivan');
    expect(text).toMatch(/rejected/);
    expect(text).toMatch(/version 2/i);
    expect(await auditor.getByRole('button', { name: 'Export the trail (CSV)' }).count()).toBe(1);
    expect(await auditor.getByRole('button', { name: 'Sign', exact: true }).count()).toBe(0);
    await shoot(auditor, 'audit-trail');

    await auditor.goto('/dashboard');
    await auditor.getByRole('img', { name: 'Students by mobility status' }).waitFor();
    await auditor.getByTestId('mobility-rate').waitFor();
    await auditor.getByRole('listitem').filter({ hasText: 'Departed before signature: 0' }).first().waitFor();
    // Every figure the report has, each with its rule and how it is counted.
    expect(await auditor.locator('[data-testid^="figure-"]').count()).toBe(41);
    const lowCarbon = await auditor.getByTestId('figure-stays.lowCarbonTravel.daysCounted').textContent();
    expect(lowCarbon).toMatch(/^Low-carbon travel days counted\d+CTI-MOB-8 · /);
    expect(await auditor.getByTestId('figure-agreements.ewp.latestVersionRejected').textContent()).toMatch(/^EWP: latest version rejected\d+/);
    await shoot(auditor, 'cohort-dashboard');
    expect(problemsOf(auditor)).toEqual([]);
  });

  it('shows a returned student the recognition beside table A and their mobility status with its rules', async () => {
    const { page: tom } = await personAt(session, 'Tom Girard');
    await tom.getByRole('link', { name: /Girard, Tom/ }).click();
    await tom.getByRole('link', { name: 'Recognition' }).click();
    await tom.getByTestId('recognised-ects').waitFor();
    expect(await tom.getByTestId('recognised-ects').textContent()).toBe('22.5');
    await tom.getByText('3.75 us-semester-credit-hours × 2 = 7.5 ECTS').waitFor();
    await tom.getByText(/Cryptography at home, spring session/).waitFor();
    await shoot(tom, 'recognition');

    await tom.getByRole('link', { name: 'My mobility status' }).click();
    await tom.getByTestId('verdict').waitFor();
    expect(await tom.getByTestId('verdict').textContent()).toBe('Fulfilled');
    await tom.getByRole('cell', { name: 'CTI-MOB-1' }).first().waitFor();
    await shoot(tom, 'mobility-status');
    expect(problemsOf(tom)).toEqual([]);
  });

  it('takes the school’s coordinator from the count of what waits for them through each agreement with “next waiting”', async () => {
    const { page: coordinator } = await personAt(session, 'Anders Bardal');
    await coordinator.reload();
    const badge = coordinator.getByRole('link', { name: /waiting for your signature/ });
    await badge.waitFor();
    await coordinator.keyboard.press('Tab');
    expect(await coordinator.locator(':focus').textContent()).toBe('Skip to content');
    const waiting = Number((await badge.textContent())!.match(/^(\d+)/)![1]);
    expect(waiting).toBeGreaterThanOrEqual(5);
    await badge.click();
    await coordinator.getByText(`${waiting} agreement(s)`).waitFor();
    expect(new URL(coordinator.url()).search).toBe('?waiting=1');
    expect(await unlabelled(coordinator)).toEqual([]);
    await shoot(coordinator, 'agreements-waiting');

    await coordinator.locator('tbody a').first().click();
    for (let signed = 1; ; signed++) {
      // The second one is signed with the keyboard alone, as a person who uses no mouse would.
      await (signed === 2 ? signWithKeyboard(coordinator) : sign(coordinator, /I have read the (draft|amendment)/));
      expect(await coordinator.getByTestId('notice').getAttribute('aria-live')).toBe('polite');
      if (signed === 1) {
        expect(await unlabelled(coordinator)).toEqual([]);
        await shoot(coordinator, 'next-waiting');
      }
      const next = coordinator.getByRole('link', { name: /^Next waiting for your signature/ });
      if (signed === waiting) break;
      expect(await next.textContent()).toContain(`(${waiting - signed} left)`);
      await next.click();
      await coordinator.getByRole('checkbox', { name: /I have read/ }).waitFor();
      expect(await coordinator.getByTestId('notice').textContent()).toBe('');
    }
    await coordinator.getByText('No other agreement waits for your signature.').waitFor();
    await coordinator.getByRole('link', { name: /Back to the list/ }).click();
    await coordinator.getByText('Nothing waits for your signature.').waitFor();
    expect(problemsOf(coordinator)).toEqual([]);
  });

  it('leaves the API, the probes and missing files to the server, and serves pages at their own address', async () => {
    const api = await fetch(`${session.baseUrl}/api/nothing-here`, { headers: { Accept: 'text/html' } });
    expect(api.status).toBe(404);
    const metrics = await fetch(`${session.baseUrl}/metrics`);
    expect(metrics.headers.get('content-type')).not.toMatch(/html/);
    const asset = await fetch(`${session.baseUrl}/assets/missing.js`);
    expect(asset.status).toBe(404);
    const page = await fetch(`${session.baseUrl}${agreementUrl}`, { headers: { Accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
  });
});
