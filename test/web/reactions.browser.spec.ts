import request from 'supertest';
import { DEMO_IDENTITIES } from '@app/demo';
import { MailSender, ReactionRunner } from '@app/reactions';
import { bearer } from '../tokens';
import { WebSession, personAt, problemsOf, shoot, startWebSession } from './web-session';

jest.setTimeout(120_000);

const admin = bearer({ sub: 'root', role: 'admin', name: 'Alex Admin' });

describe('the messages and the participants’ survey in the browser', () => {
  let session: WebSession;
  let returned: { mobilityId: string; studentId: string; year: string };

  beforeAll(async () => {
    session = await startWebSession();
    // The demo's stories recorded messages as they went; all of them delivered to the outbox before the pages are read.
    await session.app.get(ReactionRunner).catchUp();
    await session.app.get(MailSender).deliverDue();
    const http = request(session.app.getHttpServer());
    const list = await http.get('/api/agreements?pageSize=100').set('Authorization', admin).expect(200);
    const ids: string[] = (list.body.items ?? list.body.agreements ?? []).map((entry: { mobilityId: string }) => entry.mobilityId);
    for (const id of ids) {
      const { body } = await http.get(`/api/agreements/${id}`).set('Authorization', admin).expect(200);
      // A returned stay of a student the sign-in page offers.
      if (body.returnedOn && DEMO_IDENTITIES.some((identity) => identity.sub === body.versionInForce?.content.student.accountId)) {
        const content = body.versionInForce.content;
        returned = { mobilityId: id, studentId: content.student.accountId, year: content.receivingAcademicYear };
        break;
      }
    }
  }, 240_000);
  afterAll(() => session?.close());

  it('lists every message for the admin: status, reason, recipient, attempts', async () => {
    const context = await session.browser.newContext({ baseURL: session.baseUrl, locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByLabel('Bearer token').fill(admin.replace('Bearer ', ''));
    await page.getByRole('button', { name: 'Sign in with this token' }).click();
    await page.getByRole('link', { name: 'Messages' }).click();
    await page.getByRole('heading', { name: 'Messages sent by the ledger' }).waitFor();
    await page.getByText('Messages and their delivery').waitFor();
    expect(await page.getByTestId('messages-transport').textContent()).toMatch(/written as an \.eml file/);
    const rows = page.locator('table.messages tbody tr');
    expect(await rows.count()).toBeGreaterThan(5);
    expect(await page.locator('table.messages tbody').getByText('Turn to sign').count()).toBeGreaterThan(0);
    expect(await page.locator('table.messages tbody').getByText('Sent', { exact: true }).count()).toBe(await rows.count());
    await shoot(page, 'admin-messages');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await page.getByRole('heading', { name: 'Messages envoyés par le registre' }).waitFor();
    expect(await page.locator('table.messages tbody').getByText('À signer').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('CTI-MOB-9: the coordinator words a question, a returned student answers the school’s questions once from the invitation’s link, and the dashboard counts the answer', async () => {
    expect(returned).toBeDefined();
    const { page: coordinator, context: office } = await personAt(session, 'Anders Bardal');
    await coordinator.getByRole('link', { name: 'Regulations', exact: true }).click();
    await coordinator.getByRole('link', { name: /The participants’ survey: its questions/ }).click();
    await coordinator.getByTestId('survey-version').waitFor();
    const stay = coordinator.getByTestId('survey-question-1');
    await stay.getByLabel('Wording in English').fill('Your stay abroad');
    await stay.getByLabel('Wording in French').fill(' ');
    await coordinator.getByRole('button', { name: 'Save the questions' }).click();
    // SURVEY-QUESTION-WORDING: said beside the field at fault, in the reader's language.
    await stay.getByText('SURVEY-QUESTION-WORDING: questions.1.wording.fr: the French wording is empty').waitFor();
    expect(await stay.getByLabel('Wording in French').getAttribute('aria-invalid')).toBe('true');
    await stay.getByLabel('Wording in French').fill('Votre séjour à l’étranger');
    await coordinator.getByRole('button', { name: 'Save the questions' }).click();
    await coordinator.getByTestId('notice').getByText('The survey’s questions are saved: a new version.').waitFor();
    expect(await coordinator.getByTestId('survey-version').textContent()).toMatch(/Version \d+ of your school’s questions/);
    await shoot(coordinator, 'survey-questions');

    const name = DEMO_IDENTITIES.find((identity) => identity.sub === returned.studentId)!.name;
    const { page, context } = await personAt(session, name);
    await page.goto(`/survey/${returned.mobilityId}?moment=after-return`);
    await page.getByRole('heading', { name: 'Your stay abroad: a short survey' }).waitFor();
    // SURVEY-REQUIRED: a required question left out is said beside it.
    await page.getByRole('group', { name: 'Preparation before departure' }).getByRole('radio', { name: /^4/ }).check();
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByRole('group', { name: 'Your stay abroad' }).getByText(/SURVEY-REQUIRED: answers\.stay/).waitFor();
    for (const [question, rating] of [['Your stay abroad', '5'], ['Recognition of your credits', '3']]) {
      await page.getByRole('group', { name: question }).getByRole('radio', { name: new RegExp(`^${rating}`) }).check();
    }
    await page.getByLabel('Comments').fill('The host’s welcome week helped a lot');
    await shoot(page, 'survey');
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByTestId('survey-thanks').waitFor();

    // SURVEY-ONCE: the same link again says it is answered.
    await page.reload();
    await page.getByTestId('survey-answered').waitFor();
    expect(problemsOf(page)).toEqual([]);
    await context.close();

    await coordinator.getByRole('link', { name: 'Cohort dashboard' }).click();
    await coordinator.getByLabel('Academic year').selectOption(returned.year);
    await coordinator.getByRole('button', { name: 'Show' }).click();
    const figures = coordinator.getByTestId('survey-figures');
    await figures.getByRole('columnheader', { name: 'Your stay abroad' }).waitFor();
    const all = figures.getByRole('row', { name: /All partners After the return/ });
    await all.waitFor();
    expect(await all.textContent()).toMatch(/1 \/ \d+/);
    expect(await all.textContent()).toContain('4.00');
    await shoot(coordinator, 'dashboard-survey');
    await office.close();
  });
});
