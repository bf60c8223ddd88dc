import { randomBytes } from 'node:crypto';
import { ERASED, personalFieldsOf } from '@app/domain';
import { Envelope, TamperedPersonalDataError, newDataKey, sealValue } from './envelope';
import { OpenedValues } from './opened-values';
import { MemoryKeyStore } from './memory-key-store';
import { PersonalDataProtection } from './personal-data-protection';

describe('values opened once per process', () => {
  const key = newDataKey('k-1');

  it('gives the same value again, and refuses an envelope changed by one byte as tampered', () => {
    const opened = new OpenedValues();
    const envelope = sealValue('Dupont', key);
    expect(opened.open(envelope, key.key)).toBe('Dupont');
    expect(opened.open(envelope, key.key)).toBe('Dupont');
    const data = Buffer.from(envelope.$encrypted.data, 'base64');
    data[0] ^= 1;
    const changed: Envelope = { $encrypted: { ...envelope.$encrypted, data: data.toString('base64') } };
    expect(() => opened.open(changed, key.key)).toThrow(TamperedPersonalDataError);
  });

  it('keeps at most its capacity, the oldest going first', () => {
    const opened = new OpenedValues(2);
    const envelopes = ['a', 'b', 'c'].map((name) => sealValue(name, key));
    envelopes.forEach((envelope) => opened.open(envelope, key.key));
    // The first is no longer kept: it is opened again, which another key cannot do.
    expect(() => opened.open(envelopes[0], randomBytes(32))).toThrow(TamperedPersonalDataError);
    expect(opened.open(envelopes[2], key.key)).toBe('c');
  });

  it('reads a name as erased once its key is deleted, however often it was opened before', async () => {
    const keys = new MemoryKeyStore();
    const protection = new PersonalDataProtection(personalFieldsOf, keys);
    const name = sealValue('Dupont', await keys.keyFor('stu-1'));
    expect(await protection.openValues([name, 'not sealed'], ERASED)).toEqual(['Dupont', 'not sealed']);
    await protection.erase('stu-1');
    expect(await protection.openValues([name], ERASED)).toEqual([ERASED]);
  });
});
