import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { invalid } from '@app/domain';
import { SchemaFile, loadSchemaFiles } from './schema-catalog';

/** The EWP documents the ledger reads or writes, and the schema each one is checked against. */
export const EWP_SCHEMAS = {
  'omobility-las-get-response': 'ewp-specs-api-omobility-las/stable-v2/endpoints/get-response.xsd',
  'omobility-las-update-request': 'ewp-specs-api-omobility-las/stable-v2/endpoints/update-request.xsd',
  'omobility-las-update-response': 'ewp-specs-api-omobility-las/stable-v2/endpoints/update-response.xsd',
  'las-outgoing-stats-response': 'ewp-specs-api-omobility-las/stable-v2/endpoints/stats-response.xsd',
  'imobility-tors-get-response': 'ewp-specs-api-imobility-tors/stable-v2/endpoints/get-response.xsd',
  'iias-get-response': 'ewp-specs-api-iias/stable-v7/endpoints/get-response.xsd',
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

/** XSD validation with libxml2 compiled to WebAssembly: offline, with the schemas resolved through their catalog. */
export class EwpSchemaValidator {
  private files?: Map<string, SchemaFile>;

  constructor(private readonly dir?: string) {}

  /** What the schema refuses in the document, in libxml2's words; empty when it validates. */
  async problems(kind: EwpDocumentKind, xml: string): Promise<string[]> {
    this.files ??= loadSchemaFiles(this.dir ?? schemasDir());
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
    if (problems.length > 0) throw invalid(`the ${kind} document does not validate: ${problems.join('; ')}`, 'EWP-SCHEMA');
  }
}
