import { DataKey } from './envelope';

/**
 * Where the data keys live: one per subject, created on first use. Deleting a subject's key
 * is the erasure: every envelope sealed under it becomes unreadable, wherever it was copied.
 */
export interface PersonalDataKeyStore {
  /** The subject's key, created if it has none (also after an erasure: new data, new key). */
  keyFor(subjectId: string): Promise<DataKey>;
  /** The subject's key if it holds one; never creates one (a check must not give an erased subject a key). */
  keyOf(subjectId: string): Promise<DataKey | undefined>;
  /** The keys still held among `keyIds`, in one query; an erased key is absent. */
  keysById(keyIds: readonly string[]): Promise<Map<string, Buffer>>;
  /**
   * Deletes the subject's key and purges it from the database's files (see the adapters); false
   * when it held none (never had one, or already erased), in which case the purge runs again,
   * so that a retry finishes an erasure whose purge failed.
   */
  erase(subjectId: string): Promise<boolean>;
  close(): Promise<void>;
}

export const PERSONAL_DATA_KEYS_TABLE = 'personal_data_keys';
