import { posix } from 'node:path';
import * as ts from 'typescript';

/**
 * Which library may import which. Kernel libraries import only the kernel; a feature imports
 * the kernel and never another feature, except through an exception of the list; a composer
 * (an adapter over several features, such as EWP) imports features and the kernel; a shell
 * library (what only the apps mount) imports the kernel. Apps are not checked: they compose.
 */
export interface ImportRules {
  kernel: readonly string[];
  features: readonly string[];
  composers: readonly string[];
  shells: readonly string[];
  /** Edges between features that stay for now, each with why: any other edge fails the check. */
  exceptions: readonly ImportException[];
}

export interface ImportException {
  /** The importing file, from the repository's root. */
  from: string;
  /** The imported library's name (`agreements` for `@app/agreements`). */
  to: string;
  reason: string;
}

export interface SourceFile {
  /** From the repository's root, with forward slashes: `libs/mobility/src/mobility.module.ts`. */
  path: string;
  text: string;
}

export interface ImportEdge {
  from: string;
  line: number;
  specifier: string;
  fromLibrary: string;
  toLibrary: string;
}

export interface ImportVerdict {
  violations: { edge: ImportEdge; why: string }[];
  /** Libraries under libs/ that the rules do not place: a new library must be placed first. */
  unplaced: string[];
  /** Exceptions no import uses any more: removed from the list, so it only shrinks. */
  stale: ImportException[];
}

const LIBRARY = /^libs\/([^/]+)\//;
const ALIAS = /^@app\/([a-z0-9-]+)(\/|$)/;

export const libraryOf = (path: string): string | undefined => LIBRARY.exec(path)?.[1];

/** The library an import names, through the `@app/<name>` alias or a relative path into another library. */
export function importedLibrary(specifier: string, fromPath: string): string | undefined {
  const alias = ALIAS.exec(specifier);
  if (alias) return alias[1];
  if (!specifier.startsWith('.')) return undefined;
  return libraryOf(posix.normalize(posix.join(posix.dirname(fromPath), specifier)) + '/');
}

/** Every static, type-only, re-exported, dynamic and `require` import of a file that reaches a library. */
export function importsOf(file: SourceFile): ImportEdge[] {
  const fromLibrary = libraryOf(file.path);
  if (!fromLibrary) return [];
  const { importedFiles } = ts.preProcessFile(file.text, true, true);
  return importedFiles.flatMap(({ fileName, pos }) => {
    const toLibrary = importedLibrary(fileName, file.path);
    if (!toLibrary || toLibrary === fromLibrary) return [];
    const line = file.text.slice(0, pos).split('\n').length;
    return [{ from: file.path, line, specifier: fileName, fromLibrary, toLibrary }];
  });
}

type Place = 'kernel' | 'feature' | 'composer' | 'shell';

const MAY_IMPORT: Record<Place, readonly Place[]> = {
  kernel: ['kernel'],
  feature: ['kernel'],
  composer: ['kernel', 'feature'],
  shell: ['kernel'],
};

export function checkImports(files: readonly SourceFile[], rules: ImportRules): ImportVerdict {
  const places = new Map<string, Place>([
    ...rules.kernel.map((name) => [name, 'kernel'] as const),
    ...rules.features.map((name) => [name, 'feature'] as const),
    ...rules.composers.map((name) => [name, 'composer'] as const),
    ...rules.shells.map((name) => [name, 'shell'] as const),
  ]);
  const unplaced = [...new Set(files.map((file) => libraryOf(file.path)).filter((name): name is string => !!name && !places.has(name)))];
  const used = new Set<ImportException>();
  const violations: ImportVerdict['violations'] = [];
  for (const edge of files.flatMap(importsOf)) {
    const from = places.get(edge.fromLibrary);
    const to = places.get(edge.toLibrary);
    if (!from || !to || MAY_IMPORT[from].includes(to)) continue;
    const exception = from === 'feature' && to === 'feature'
      ? rules.exceptions.find((known) => known.from === edge.from && known.to === edge.toLibrary)
      : undefined;
    if (exception) {
      used.add(exception);
      continue;
    }
    violations.push({ edge, why: `a ${from} library (${edge.fromLibrary}) may not import a ${to} library (${edge.toLibrary})` });
  }
  return { violations, unplaced, stale: rules.exceptions.filter((exception) => !used.has(exception)) };
}

export function describeVerdict({ violations, unplaced, stale }: ImportVerdict): string[] {
  return [
    ...violations.map(({ edge, why }) => `${edge.from}:${edge.line} imports '${edge.specifier}': ${why}`),
    ...unplaced.map((name) => `libs/${name} is not placed in the import rules (kernel, feature, composer or shell)`),
    ...stale.map((exception) => `the exception ${exception.from} -> ${exception.to} matches no import any more: remove it from the list`),
  ];
}
