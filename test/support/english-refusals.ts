import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

/**
 * The refusal constructors and the argument that carries the detail: the domain's (errors.ts),
 * EWP's rule shorthand and Nest's exceptions, which the edge answers with their message as is.
 */
const DETAIL_AT: Record<string, number> = {
  invalid: 0,
  conflict: 0,
  forbidden: 0,
  notFound: 0,
  ruleBroken: 1,
  ewpRuleBroken: 1,
  // The domain's own shorthands.
  refuse: 0,
  BadRequestException: 0,
  NotFoundException: 0,
  ForbiddenException: 0,
  ConflictException: 0,
};

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'testing') yield* sources(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) yield path;
  }
}

/** English written in place: a string literal, a template or a concatenation, where a table says each language. */
const isEnglishText = (node: ts.Node): boolean =>
  ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node) || (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken);

/** How many refusals of each file under `roots` are written in English alone, by path from `base`. */
export const englishOnlyRefusals = (base: string, roots: readonly string[]): Record<string, number> => {
  const found: Record<string, number> = {};
  for (const path of roots.flatMap((root) => [...sources(join(base, root))])) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
        const name = node.expression.getText(file);
        const at = ts.isNewExpression(node) ? (name === 'DomainError' ? 1 : DETAIL_AT[name]) : DETAIL_AT[name];
        const detail = at === undefined ? undefined : node.arguments?.[at];
        if (detail && isEnglishText(detail)) found[relative(base, path)] = (found[relative(base, path)] ?? 0) + 1;
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
};
