import { randomBytes, randomUUID } from 'node:crypto';
import { DataKey, EventStore, PersonalDataKeyStore, PersonalDataPolicy, PersonalDataProtection, sealedStoreOf, withPersonalData } from '@app/event-store';
import { RowProjection } from '../projection';
import { StoreKind, StoresUnderTest, eventually, storesUnderTest } from '../testing';
import { ProjectionRunner } from './projection-runner';

/** Keys in memory, counting every lookup an opening read makes. */
class CountingKeys implements PersonalDataKeyStore {
  readonly keys = new Map<string, DataKey>();
  lookups = 0;
  async keyFor(subjectId: string): Promise<DataKey> {
    if (!this.keys.has(subjectId)) this.keys.set(subjectId, { keyId: randomUUID(), key: randomBytes(32) });
    return this.keys.get(subjectId)!;
  }
  async keyOf(subjectId: string): Promise<DataKey | undefined> {
    return this.keys.get(subjectId);
  }
  async keysById(keyIds: readonly string[]): Promise<Map<string, Buffer>> {
    this.lookups += 1;
    return new Map([...this.keys.values()].filter(({ keyId }) => keyIds.includes(keyId)).map(({ keyId, key }) => [keyId, key]));
  }
  async erase(subjectId: string): Promise<boolean> {
    return this.keys.delete(subjectId);
  }
  async close(): Promise<void> {}
}

const policy: PersonalDataPolicy = ({ data }) => [{ subjectId: (data as { studentId: string }).studentId, path: ['name'], erased: '[erased]' }];

/** Copies the name field of each registration as it receives it. */
const names: RowProjection = {
  kind: 'rows',
  name: 'registered_names',
  version: 1,
  tables: [{ name: 'registered_names', primaryKey: ['student_id'], columns: { student_id: 'text', name: 'text' } }],
  canHandle: ['Registered'],
  apply: (event) => {
    const { studentId, name } = event.data as { studentId: string; name: unknown };
    return [{ kind: 'upsert', table: 'registered_names', row: { student_id: studentId, name: JSON.stringify(name) } }];
  },
};

describe.each<StoreKind>(['sqlite', 'postgres'])('projections read the log as stored, on %s', (kind) => {
  let stores: StoresUnderTest;
  let keys: CountingKeys;
  let protectedStore: EventStore;
  let protection: PersonalDataProtection;
  beforeEach(async () => {
    stores = await storesUnderTest(kind);
    keys = new CountingKeys();
    protection = new PersonalDataProtection(policy, keys);
    protectedStore = withPersonalData(stores.events, protection);
  });
  afterEach(() => stores.dispose());

  const register = async (studentId: string) => {
    const [sealed] = await protection.seal([{ type: 'Registered', data: { studentId, name: `Name of ${studentId}` } }]);
    return protectedStore.appendToStream(`student-${studentId}`, [sealed], { expectedRevision: 'no_stream' });
  };
  const stored = async () => (await stores.projections.select(names, 'registered_names')).map((row) => String(row.name));

  it('gives the store a protected one wraps, whose reads open nothing', async () => {
    await register('ivan');
    expect(sealedStoreOf(protectedStore)).toBe(stores.events);
    expect(sealedStoreOf(stores.events)).toBe(stores.events);
    const [event] = await sealedStoreOf(protectedStore).readAll();
    expect(JSON.stringify(event.data)).toContain('$encrypted');
    expect(keys.lookups).toBe(0);
    expect(((await protectedStore.readAll())[0].data as { name: string }).name).toBe('Name of ivan');
  });

  it('applies sealed fields, decrypting nothing, in a catch-up, a rebuild and live', async () => {
    const runner = new ProjectionRunner(protectedStore, stores.projections, [names]);
    await runner.start();
    await register('ivan');
    await register('olga');
    await runner.catchUp();
    const last = await register('petra');
    await eventually(async () => (await stores.projections.checkpointOf('registered_names')) === last.position);
    await runner.rebuild('registered_names');
    await runner.stop();
    const rows = await stored();
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toContain('$encrypted');
    expect(rows.join()).not.toContain('Name of');
    expect(keys.lookups).toBe(0);
  });
});
