import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { invalid } from '@app/domain';
import { ewpRefusal } from '../ewp-refusal-words';
import { SchemaFile, loadSchemaFiles } from './schema-catalog';

/** The EWP documents the ledger reads or writes, and the schema each one is checked against. */
export const EWP_SCHEMAS = {
  'omobility-las-get-response': 'ewp-specs-api-omobility-las/stable-v2/endpoints/get-response.xsd',
  'omobility-las-update-request': 'ewp-specs-api-omobility-las/stable-v2/endpoints/update-request.xsd',
  'omobility-las-update-response': 'ewp-specs-api-omobility-las/stable-v2/endpoints/update-response.xsd',
  'las-outgoing-stats-response': 'ewp-specs-api-omobility-las/stable-v2/endpoints/stats-response.xsd',
  'imobility-tors-get-response': 'ewp-specs-api-imobility-tors/stable-v2/endpoints/get-response.xsd',
  'iias-get-response': 'ewp-specs-api-iias/stable-v7/endpoints/get-response.xsd',
  'omobility-las-index-response': 'ewp-specs-api-omobility-las/stable-v2/endpoints/index-response.xsd',
  'omobility-la-cnr-response': 'ewp-specs-api-omobility-la-cnr/stable-v1/response.xsd',
  'echo-response': 'ewp-specs-api-echo/stable-v2/response.xsd',
  'institutions-response': 'ewp-specs-api-institutions/stable-v2/response.xsd',
  'error-response': 'ewp-specs-architecture/stable-v1/common-types.xsd',
  'registry-catalogue': 'ewp-specs-api-registry/stable-v1/catalogue.xsd',
  // The manifest with its API entries checked too, not only skipped as `lax` content (see withEntries).
  manifest: 'manifest-with-entries.xsd',
} as const;

export type EwpDocumentKind = keyof typeof EWP_SCHEMAS;

/**
 * The schemas ship with the code (libs/ewp/schemas, licences beside them), so validation
 * never needs the network. EWP_SCHEMAS_DIR points elsewhere, e.g. in a built image.
 */
const schemasDir = (): string => {
  const candidates = [process.env.EWP_SCHEMAS_DIR, resolve(__dirname, '../../schemas'), resolve(process.cwd(), 'libs/ewp/schemas')];
  const found = candidates.find((dir): dir is string => dir !== undefined && existsSync(resolve(dir, 'catalog.xml')));
  if (!found) throw new Error(`EWP schemas not found (looked in ${candidates.filter(Boolean).join(', ')}); set EWP_SCHEMAS_DIR`);
  return found;
};

/**
 * The manifest's schema leaves each API entry `lax`: validated only when its schema is loaded.
 * This schema of no namespace imports the manifest and the entries of every API the host
 * implements, so that a URL that is not HTTPS or a missing element is caught too.
 */
const MANIFEST_ENTRIES = [
  ['https://github.com/erasmus-without-paper/ewp-specs-api-discovery/tree/stable-v6', 'ewp-specs-api-discovery/stable-v6/manifest.xsd'],
  ['https://github.com/erasmus-without-paper/ewp-specs-api-discovery/blob/stable-v6/manifest-entry.xsd', 'ewp-specs-api-discovery/stable-v6/manifest-entry.xsd'],
  ['https://github.com/erasmus-without-paper/ewp-specs-api-echo/blob/stable-v2/manifest-entry.xsd', 'ewp-specs-api-echo/stable-v2/manifest-entry.xsd'],
  ['https://github.com/erasmus-without-paper/ewp-specs-api-institutions/blob/stable-v2/manifest-entry.xsd', 'ewp-specs-api-institutions/stable-v2/manifest-entry.xsd'],
  ['https://github.com/erasmus-without-paper/ewp-specs-api-omobility-las/blob/stable-v1/manifest-entry.xsd', 'ewp-specs-api-omobility-las/stable-v2/manifest-entry.xsd'],
  ['https://github.com/erasmus-without-paper/ewp-specs-api-omobility-la-cnr/blob/stable-v1/manifest-entry.xsd', 'ewp-specs-api-omobility-la-cnr/stable-v1/manifest-entry.xsd'],
  ['https://github.com/erasmus-without-paper/ewp-specs-sec-cliauth-httpsig/tree/stable-v1', 'ewp-specs-sec-cliauth-httpsig/stable-v1/security-entries.xsd'],
  ['https://github.com/erasmus-without-paper/ewp-specs-sec-srvauth-httpsig/tree/stable-v1', 'ewp-specs-sec-srvauth-httpsig/stable-v1/security-entries.xsd'],
] as const;

const withEntries = (files: Map<string, SchemaFile>): Map<string, SchemaFile> => {
  const imports = MANIFEST_ENTRIES.map(([namespace, path]) => `<xs:import namespace="${namespace}" schemaLocation="${files.get(path)!.fileName.replace(/^(?!\/)/, '/')}"/>`);
  const contents = `<?xml version="1.0" encoding="UTF-8"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">${imports.join('')}</xs:schema>`;
  return new Map([...files, ['manifest-with-entries.xsd', { fileName: 'ewp/manifest-with-entries.xsd', contents }]]);
};

/** XSD validation with libxml2 compiled to WebAssembly: offline, with the schemas resolved through their catalog. */
export class EwpSchemaValidator {
  private files?: Map<string, SchemaFile>;

  constructor(private readonly dir?: string) {}

  /** What the schema refuses in the document, in libxml2's words; empty when it validates. */
  async problems(kind: EwpDocumentKind, xml: string): Promise<string[]> {
    this.files ??= withEntries(loadSchemaFiles(this.dir ?? schemasDir()));
    const main = this.files.get(EWP_SCHEMAS[kind])!;
    try {
      const result = await validateXML({
        xml: [{ fileName: 'document.xml', contents: xml }],
        schema: [main],
        preload: [...this.files.values()].filter((file) => file !== main),
      });
      return result.errors.map((error) => (error.loc ? `line ${error.loc.lineNumber}: ${error.message}` : error.message));
    } catch (error) {
      // xmllint exits with another code when the text is not well-formed XML at all.
      return [(error as Error).message.trim()];
    }
  }

  /** Refuses (400, EWP-SCHEMA) a document its schema does not accept, quoting the schema's errors. */
  async assertValid(kind: EwpDocumentKind, xml: string): Promise<void> {
    const problems = await this.problems(kind, xml);
    if (problems.length > 0) throw invalid(ewpRefusal('documentInvalid', kind, problems.join('; ')), 'EWP-SCHEMA');
  }
}
