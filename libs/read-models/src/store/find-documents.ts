import { DocumentProjection, StoredDocument, Where, storedDocumentOf } from '../projection';
import { ProjectionStore } from './projection-store';

/** The documents whose query columns (or key) match `where` (a value, or a list of values), in key order. */
export async function findDocuments<Document>(
  store: ProjectionStore,
  projection: DocumentProjection<Document>,
  where: Where = {},
): Promise<StoredDocument<Document>[]> {
  const rows = await store.select(projection as DocumentProjection, projection.table.name, where);
  return rows.map((row) => storedDocumentOf<Document>(row));
}
