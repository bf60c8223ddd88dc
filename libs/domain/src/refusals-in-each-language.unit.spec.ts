import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

const ROOT = __dirname;
/** The refusal constructors of errors.ts (and the files' own `refuse` shorthands) and the argument that carries the detail. */
const DETAIL_AT: Record<string, number> = { invalid: 0, conflict: 0, forbidden: 0, notFound: 0, ruleBroken: 1, refuse: 0 };

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'testing') yield* sources(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) yield path;
  }
}

/** English written in place: a string literal, a template or a concatenation, where `refusal(...)` says each language. */
const isEnglishText = (node: ts.Node): boolean =>
  ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node) || (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken);

/** How many refusals of each file are written in English alone. */
const englishOnly = (): Record<string, number> => {
  const found: Record<string, number> = {};
  for (const path of sources(ROOT)) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
        const name = node.expression.getText(file);
        const at = ts.isNewExpression(node) && name === 'DomainError' ? 1 : ts.isCallExpression(node) ? DETAIL_AT[name] : undefined;
        const detail = at === undefined ? undefined : node.arguments?.[at];
        if (detail && isEnglishText(detail)) found[relative(ROOT, path)] = (found[relative(ROOT, path)] ?? 0) + 1;
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
};

/**
 * Refusals still said in English alone, by file: this list only shrinks. A refusal is said in
 * each language with `refusal(key, ...)` (refusal-words.ts), so that the edge answers in the
 * reader's language (issue 15).
 */
const STILL_ENGLISH: Record<string, number> = {
};

/**
 * Refusals no reader ever receives, by file: a defect of the ledger (a command type no decider
 * knows), said in English for the logs. Each file says why in a comment beside its refusal.
 */
const INTERNAL: Record<string, number> = {
  'exhaustive.ts': 1,
};

describe('the domain’s refusals, said in each language', () => {
  it('creates no refusal in English alone beyond those listed, and the list is exact: a file said in French leaves it', () => {
    expect(englishOnly()).toEqual({ ...STILL_ENGLISH, ...INTERNAL });
  });
});
