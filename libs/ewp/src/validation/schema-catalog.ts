import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

/** Where the schemas sit in xmllint's in-memory file system. */
const MOUNT = '/ewp';

export type SchemaFile = { fileName: string; contents: string };

const xsdFilesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return xsdFilesUnder(path);
    return entry.name.endsWith('.xsd') ? [path] : [];
  });

/** The OASIS catalog's `system` entries: remote schemaLocation -> path relative to the catalog. */
export const readCatalog = (dir: string): Map<string, string> => {
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'system' }).parse(
    readFileSync(join(dir, 'catalog.xml'), 'utf8'),
  ) as { catalog: { system?: Array<{ systemId: string; uri: string }> } };
  return new Map((parsed.catalog.system ?? []).map((entry) => [entry.systemId, entry.uri]));
};

/**
 * Every XSD of the folder, ready for xmllint-wasm. The wasm build of libxml2 has neither
 * catalog support nor network, so each remote schemaLocation is resolved here, through
 * the same catalog `xmllint --nonet` would use, to its copy in the in-memory file system.
 * The files on disk stay byte-for-byte the upstream ones.
 */
export const loadSchemaFiles = (dir: string): Map<string, SchemaFile> => {
  const catalog = readCatalog(dir);
  const local = (path: string) => `${MOUNT}/${path.split(sep).join('/')}`;
  const files = new Map<string, SchemaFile>();
  for (const path of xsdFilesUnder(dir)) {
    const name = relative(dir, path).split(sep).join('/');
    const contents = readFileSync(path, 'utf8').replace(/schemaLocation="([^"]+)"/g, (attribute, location: string) => {
      const target = catalog.get(location);
      return target ? `schemaLocation="${local(target)}"` : attribute;
    });
    files.set(name, { fileName: local(name).slice(1), contents });
  }
  return files;
};
