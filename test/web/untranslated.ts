import type { Page, Response } from 'playwright-core';
import { DICTIONARY } from '../../apps/web/src/i18n/dictionary';

/** The fields in which the API says sentences (in the reader's language) and codes (which a page must put in words). */
const SENTENCE_FIELDS = new Set(['sentence', 'explanation', 'reason', 'message', 'detail']);
const CODE_FIELDS = new Set(['status', 'phase', 'kind', 'result', 'source']);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * An English label as a matcher of a whole text: its placeholders match anything. A label the
 * French dictionary uses too (a rule id, "Total"...) is no sign of a missing translation.
 */
const frenchLabels = new Set(Object.values(DICTIONARY.fr));
const ENGLISH_LABELS: RegExp[] = Object.entries(DICTIONARY.en)
  .filter(([key, english]) => DICTIONARY.fr[key as keyof typeof DICTIONARY.fr] !== english && !frenchLabels.has(english))
  .filter(([, english]) => /\p{L}{2}/u.test(english.replace(/\{\w+\}/g, '')))
  .map(([, english]) => new RegExp(`^${escape(squeeze(english)).replace(/\\\{\w+\\\}/g, '.+')}$`, 'u'));

/** Every text of the page a reader meets: text nodes, and the names and hints of controls. */
const textsOf = (page: Page): Promise<string[]> =>
  page.evaluate(`(() => {
    const texts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, [hidden]')) continue;
      texts.push(node.textContent);
      if (parent.textContent !== node.textContent) texts.push(parent.textContent);
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      for (const name of ['aria-label', 'title', 'placeholder']) if (element.getAttribute(name)) texts.push(element.getAttribute(name));
    }
    return texts;
  })()`);

type Json = unknown;
const collect = (value: Json, fields: Set<string>, into: Set<string>, key = ''): void => {
  if (typeof value === 'string' && fields.has(key) && value.trim()) into.add(squeeze(value));
  else if (Array.isArray(value)) value.forEach((item) => collect(item, fields, into, key));
  else if (value && typeof value === 'object') Object.entries(value).forEach(([name, member]) => collect(member, fields, into, name));
};

/**
 * Records the API's JSON answers of a page, to ask the server the same questions in English
 * afterwards: what it says there (and not in French) must not show on the French page.
 */
export function watchApi(page: Page): Response[] {
  const answers: Response[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/api/') && (response.headers()['content-type'] ?? '').includes('application/json')) answers.push(response);
  });
  return answers;
}

/** The server's sentences in English for the questions the page asked, and the codes in its answers. */
async function serverWordsOf(page: Page, answers: Response[]): Promise<{ english: Set<string>; codes: Set<string> }> {
  const english = new Set<string>();
  const french = new Set<string>();
  const codes = new Set<string>();
  for (const answer of answers.filter((response) => response.request().method() === 'GET' && response.ok())) {
    const body: Json = await answer.json().catch(() => undefined);
    collect(body, SENTENCE_FIELDS, french);
    collect(body, CODE_FIELDS, codes);
    // A code reads like one (awaiting-remedy); a rule's source in the same field is free text.
    codes.forEach((code) => /^[a-z]+(-[a-z]+)*$/.test(code) || codes.delete(code));
    const url = new URL(answer.url());
    if (url.searchParams.has('lang')) url.searchParams.set('lang', 'en');
    const headers = { ...(await answer.request().allHeaders()), 'accept-language': 'en' };
    const again = await page.request.get(url.toString(), { headers });
    collect(await again.json().catch(() => undefined), SENTENCE_FIELDS, english);
  }
  french.forEach((sentence) => english.delete(sentence));
  return { english, codes };
}

/**
 * What a French page shows in English: a label of the English dictionary, a sentence the
 * server says in English for what the page read, or a code of the API (a status, a kind)
 * shown as is instead of in words. Empty when the page speaks French throughout.
 */
export async function englishLeftOn(page: Page, answers: Response[]): Promise<string[]> {
  const { english, codes } = await serverWordsOf(page, answers);
  const texts = [...new Set((await textsOf(page)).map(squeeze).filter(Boolean))];
  const found = new Set<string>();
  for (const text of texts) {
    if (ENGLISH_LABELS.some((label) => label.test(text))) found.add(`label: ${text}`);
    if (codes.has(text)) found.add(`code: ${text}`);
    for (const sentence of english) if (text.includes(sentence)) found.add(`server: ${sentence}`);
  }
  return [...found];
}
