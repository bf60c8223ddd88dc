/**
 * npm run lint:imports: no feature library imports another (docs/architecture.md, "Libraries
 * and the import rule"). Reads every TypeScript file under libs/ and fails with each import
 * that breaks the rules of scripts/imports/import-rules.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { SourceFile, checkImports, describeVerdict } from './imports/check-imports';
import { IMPORT_RULES } from './imports/import-rules';

const ROOT = join(__dirname, '..');

function* typescriptFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') yield* typescriptFiles(path);
    else if (entry.isFile() && /\.tsx?$/.test(entry.name)) yield path;
  }
}

const files: SourceFile[] = [...typescriptFiles(join(ROOT, 'libs'))].map((path) => ({
  path: relative(ROOT, path).split(sep).join('/'),
  text: readFileSync(path, 'utf8'),
}));
const problems = describeVerdict(checkImports(files, IMPORT_RULES));
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`imports: ${files.length} files of libs/ keep the rule (${IMPORT_RULES.exceptions.length} known exceptions)`);
