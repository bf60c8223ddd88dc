import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, Page, chromium } from 'playwright-core';
import { httpDemoCall, seedDemo } from '@app/demo';
import { EMBEDDED_DEFAULT_SECRET } from '@app/http';
import { SettableClock } from '@app/kernel';
import { startLedger } from '../ledger-app';

const ROOT = join(__dirname, '..', '..');
/** Where the run saves a screenshot of each page; `SCREENSHOTS_DIR=docs/screenshots` refreshes the documentation's copies. */
export const SCREENSHOTS = process.env.SCREENSHOTS_DIR ? join(ROOT, process.env.SCREENSHOTS_DIR) : join(ROOT, 'test-results', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];

/** The ledger as `npm start` serves it (pages and API on one origin), on a free port, with the demo data, and Chromium. */
export interface WebSession {
  app: INestApplication;
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startWebSession(): Promise<WebSession> {
  // The pages are built from the sources each run, as `npm run build:web` does: a stale bundle would test old pages.
  execFileSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build', 'apps/web', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const clock = new SettableClock();
  const app = await startLedger({ WEB_ROOT: join(ROOT, 'apps', 'web', 'dist') }, { clock });
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  await seedDemo(httpDemoCall(baseUrl, EMBEDDED_DEFAULT_SECRET), { clock });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    app,
    baseUrl,
    browser,
    close: async () => {
      await browser.close();
      await app.close();
    },
  };
}

/** A person at their own browser: a context of their own, so each party has their own session. */
export async function personAt(session: WebSession, name: string, locale = 'en-GB'): Promise<{ page: Page; context: BrowserContext }> {
  const context = await session.browser.newContext({ baseURL: session.baseUrl, locale, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && !/status of 4\d\d/.test(message.text()) && problems.push(message.text()));
  await page.goto('/');
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await page.getByRole('heading', { name: /Learning agreements|Contrats d’études/ }).waitFor();
  (page as Page & { problems: string[] }).problems = problems;
  return { page, context };
}

export const problemsOf = (page: Page): string[] => (page as Page & { problems?: string[] }).problems ?? [];

/**
 * Saves the page's screenshot and checks it with axe-core: a serious or critical violation of
 * WCAG fails the walk, named with the page and the elements it found.
 */
export async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter(({ impact }) => impact === 'serious' || impact === 'critical')
    .map(({ id, help, nodes }) => `${name}: ${id} (${help}) at ${nodes.slice(0, 3).map(({ target }) => target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

/** The links, buttons and form controls of the page that a screen reader would announce without a name. */
export const unlabelled = (page: Page): Promise<string[]> =>
  page.evaluate(`[...document.querySelectorAll('a, button, input, select, textarea')]
    .filter((element) => {
      const labelledBy = element.getAttribute('aria-labelledby');
      const name = element.getAttribute('aria-label')
        ?? (labelledBy && document.getElementById(labelledBy)?.textContent)
        ?? (element.labels?.[0]?.textContent || element.textContent);
      return !name?.trim();
    })
    .map((element) => element.outerHTML.slice(0, 120))`);
