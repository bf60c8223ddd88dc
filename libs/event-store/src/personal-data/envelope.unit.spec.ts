import { RecordedEvent } from '../event-store';
import { TamperedPersonalDataError, isEnvelope, newDataKey, openValue, sealValue } from './envelope';
import { MemoryKeyStore } from './memory-key-store';
import { PersonalDataPolicy } from './personal-data-policy';
import { PersonalDataProtection, storedEvent } from './personal-data-protection';

const policy: PersonalDataPolicy = ({ data }) => {
  const { student } = data as { student: { id: string } };
  return [
    { subjectId: student.id, path: ['student', 'name'], erased: '[erased]' },
    { subjectId: student.id, path: ['student', 'birthDate'], erased: null },
  ];
};
const drafted = (id: string) => ({ type: 'Drafted', data: { student: { id, name: `Name of ${id}`, birthDate: '2003-05-05' }, credits: '30' } });
const recorded = (event: { type: string; data: unknown }, revision: number): RecordedEvent => ({
  ...event,
  id: `e-${revision}`,
  schemaVersion: 1,
  streamId: 'agreement-m1',
  revision: BigInt(revision),
  position: BigInt(revision),
  metadata: {},
  recordedAt: new Date(0),
});

describe('personal data envelopes (AES-256-GCM per student key)', () => {
  const key = newDataKey('k-1');

  it('opens what it sealed, and seals equal values differently', () => {
    const sealed = sealValue({ email: 'ivan@example.org' }, key);
    expect(isEnvelope(sealed)).toBe(true);
    expect(JSON.stringify(sealed)).not.toContain('ivan');
    expect(openValue(sealed, key.key)).toEqual({ email: 'ivan@example.org' });
    expect(sealValue('x', key)).not.toEqual(sealValue('x', key));
  });

  it('refuses a tampered ciphertext, tag or key id, and another key', () => {
    const sealed = sealValue('Sidorov', key);
    const flipped = Buffer.from(sealed.$encrypted.data, 'base64');
    flipped[0] ^= 1;
    const tampered = [
      { $encrypted: { ...sealed.$encrypted, data: flipped.toString('base64') } },
      { $encrypted: { ...sealed.$encrypted, tag: Buffer.alloc(16).toString('base64') } },
      { $encrypted: { ...sealed.$encrypted, keyId: 'k-2' } },
    ];
    for (const envelope of tampered) expect(() => openValue(envelope, key.key)).toThrow(TamperedPersonalDataError);
    expect(() => openValue(sealed, newDataKey('k-1').key)).toThrow(TamperedPersonalDataError);
  });

  it('seals before stamping and opens on read, keeping the stored form for the hash chain', async () => {
    const keys = new MemoryKeyStore();
    const protection = new PersonalDataProtection(policy, keys);
    const [sealed] = await protection.seal([drafted('ivan')]);
    expect(JSON.stringify(sealed)).not.toMatch(/Name of ivan|2003/);
    expect(sealed.data).toMatchObject({ credits: '30', student: { id: 'ivan' } });
    const stored = recorded(sealed, 0);
    const [opened] = await protection.open([stored]);
    expect(opened.data).toEqual(drafted('ivan').data);
    expect(storedEvent(opened)).toBe(stored);
  });

  it('reads an erased key as the marker, and leaves other students readable', async () => {
    const keys = new MemoryKeyStore();
    const protection = new PersonalDataProtection(policy, keys);
    const events = (await protection.seal([drafted('ivan'), drafted('olga')])).map(recorded);
    expect(await protection.erase('ivan')).toBe(true);
    expect(await protection.erase('ivan')).toBe(false);
    const [ivan, olga] = await protection.open(events);
    expect(ivan.data).toEqual({ student: { id: 'ivan', name: '[erased]', birthDate: null }, credits: '30' });
    expect(olga.data).toEqual(drafted('olga').data);
  });

  it('fetches the keys once per read, however many fields and events', async () => {
    const keys = new MemoryKeyStore();
    const protection = new PersonalDataProtection(policy, keys);
    const events = (await protection.seal(['a', 'b', 'c', 'a', 'b'].map(drafted))).map(recorded);
    await protection.open(events);
    expect(keys.lookups).toBe(1);
  });

  it('does not seal an erased marker copied into a new event, nor create a key for it', async () => {
    const keys = new MemoryKeyStore();
    const protection = new PersonalDataProtection(policy, keys);
    const copied = { type: 'Approved', data: { student: { id: 'ivan', name: '[erased]', birthDate: null } } };
    expect(await protection.seal([copied])).toEqual([copied]);
    expect(keys.keys.size).toBe(0);
  });
});
