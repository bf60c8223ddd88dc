import { DataKey, newDataKey } from './envelope';
import { PersonalDataKeyStore } from './personal-data-key-store';

/** Keys in a Map, for unit tests: counts the lookups by id (a read must fetch once, not per field). */
export class MemoryKeyStore implements PersonalDataKeyStore {
  readonly keys = new Map<string, DataKey>();
  lookups = 0;
  async keyFor(subjectId: string) {
    if (!this.keys.has(subjectId)) this.keys.set(subjectId, newDataKey(`key-${subjectId}`));
    return this.keys.get(subjectId)!;
  }
  async keyOf(subjectId: string) {
    return this.keys.get(subjectId);
  }
  async keysById(keyIds: readonly string[]) {
    this.lookups += 1;
    return new Map([...this.keys.values()].filter((k) => keyIds.includes(k.keyId)).map((k) => [k.keyId, k.key]));
  }
  async erase(subjectId: string) {
    return this.keys.delete(subjectId);
  }
  async close() {}
}
