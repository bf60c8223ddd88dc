import { RecordedEvent } from '../event-store';
import { createHmac, hkdfSync } from 'node:crypto';
import { contentHashKeyOf } from './content-hash-key';
import { DataKey, Envelope, isEnvelope, sealValue } from './envelope';
import { OpenedValues } from './opened-values';
import { PersonalDataKeyStore } from './personal-data-key-store';
import { PersonalDataPolicy, PersonalField, replaceFields, valueAt } from './personal-data-policy';

/** Says what the derived key is for, so that it equals no other key derived from the data key. */
const DIGEST_PURPOSE = 'mobility-ledger/request-fingerprints/v1';

/** The stored form of each event that was opened, for what must see the bytes as hashed. */
const storedForms = new WeakMap<RecordedEvent, RecordedEvent>();

/**
 * The event as stored, with its personal fields still sealed: what the hash chain covers.
 * An event that held nothing sealed is its own stored form.
 */
export const storedEvent = (event: RecordedEvent): RecordedEvent => storedForms.get(event) ?? event;

/**
 * Seals the personal fields of new events before they are stamped, opens them on read.
 * Keys are fetched once per call (a stream fold, a page of the log), never per field.
 */
export class PersonalDataProtection {
  /** Opening an envelope costs a cipher set-up; a list reads the same names again and again. */
  private readonly opened = new OpenedValues();

  constructor(
    private readonly policy: PersonalDataPolicy,
    readonly keys: PersonalDataKeyStore,
  ) {}

  async seal<Event extends { type: string; data: unknown }>(events: readonly Event[]): Promise<Event[]> {
    const fields = events.map((event) => this.policy(event).filter((field) => isSealable(valueAt(event.data, field.path), field)));
    const subjects = [...new Set(fields.flat().map((field) => field.subjectId))];
    if (subjects.length === 0) return [...events];
    const keys = new Map<string, DataKey>();
    for (const subject of subjects) keys.set(subject, await this.keys.keyFor(subject));
    return events.map((event, index) =>
      fields[index].length === 0
        ? event
        : { ...event, data: replaceFields(event.data, fields[index], (field, value) => sealValue(value, keys.get(field.subjectId)!)) },
    );
  }

  async open(recorded: readonly RecordedEvent[]): Promise<RecordedEvent[]> {
    const sealed = recorded.map((event) => this.policy(event).filter((field) => isEnvelope(valueAt(event.data, field.path))));
    const keyIds = new Set<string>();
    recorded.forEach((event, index) => sealed[index].forEach((field) => keyIds.add((valueAt(event.data, field.path) as Envelope).$encrypted.keyId)));
    if (keyIds.size === 0) return [...recorded];
    const keys = await this.keys.keysById([...keyIds]);
    return recorded.map((event, index) => {
      if (sealed[index].length === 0) return event;
      const opened = { ...event, data: replaceFields(event.data, sealed[index], (field, value) => openField(field, value, keys, this.opened)) };
      storedForms.set(opened, event);
      return opened;
    });
  }

  /**
   * Single values copied from events into a read model (a list's names), each opened, or
   * `erased` once its key is gone: one key lookup for all, no walk of the documents around them.
   */
  async openValues(values: readonly unknown[], erased: unknown): Promise<unknown[]> {
    const keyIds = [...new Set(values.filter(isEnvelope).map((value) => value.$encrypted.keyId))];
    if (keyIds.length === 0) return [...values];
    const keys = await this.keys.keysById(keyIds);
    return values.map((value) => {
      if (!isEnvelope(value)) return value;
      const key = keys.get(value.$encrypted.keyId);
      return key ? this.opened.open(value, key) : erased;
    });
  }

  /**
   * The secret an agreement's content hash commits to the subject's personal fields under,
   * derived from their data key. Created with the key when it must hash new content; with
   * `create: false` (a check of recorded content), undefined once the key was erased.
   */
  async contentHashKey(subjectId: string, { create = true }: { create?: boolean } = {}): Promise<string | undefined> {
    const key = create ? await this.keys.keyFor(subjectId) : await this.keys.keyOf(subjectId);
    return key && contentHashKeyOf(key);
  }

  /**
   * `value` (a hash of what a request said) keyed under the data keys of the subjects whose
   * personal fields `events` hold, so that once they are erased it confirms no guess of those
   * fields; `value` itself when the events hold none. With `create: false` (checking what was
   * recorded) it is undefined once a subject's key was erased.
   */
  async keyedDigest(events: readonly { type: string; data: unknown }[], value: string, { create = true }: { create?: boolean } = {}): Promise<string | undefined> {
    const subjects = [...new Set(events.flatMap((event) => this.policy(event).map((field) => field.subjectId)))].sort();
    let digest = value;
    for (const subject of subjects) {
      const key = create ? await this.keys.keyFor(subject) : await this.keys.keyOf(subject);
      if (!key) return undefined;
      const secret = Buffer.from(hkdfSync('sha256', key.key, Buffer.from(key.keyId), DIGEST_PURPOSE, 32));
      digest = createHmac('sha256', secret).update(digest).digest('hex');
    }
    return digest;
  }

  erase(subjectId: string): Promise<boolean> {
    return this.keys.erase(subjectId);
  }

  close(): Promise<void> {
    return this.keys.close();
  }
}

/** Already sealed, absent, or an erased marker copied from an earlier event: nothing to seal. */
const isSealable = (value: unknown, field: PersonalField) => value !== undefined && value !== field.erased && !isEnvelope(value);

function openField(field: PersonalField, value: unknown, keys: Map<string, Buffer>, opened: OpenedValues): unknown {
  if (!isEnvelope(value)) return value;
  const key = keys.get(value.$encrypted.keyId);
  return key ? opened.open(value, key) : field.erased;
}
