import { DocumentProjection, Row, StoredDocument, storedDocumentOf } from '../projection';
import { ProjectionStore } from './projection-store';

/** The documents whose query columns (or key) match `where`, in key order. */
export async function findDocuments<Document>(
  store: ProjectionStore,
  projection: DocumentProjection<Document>,
  where: Row = {},
): Promise<StoredDocument<Document>[]> {
  const rows = await store.select(projection as DocumentProjection, projection.table.name, where);
  return rows.map((row) => storedDocumentOf<Document>(row));
}
