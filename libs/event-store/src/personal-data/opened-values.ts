import { Envelope, openValue } from './envelope';

/**
 * Values already opened in this process, by their whole envelope (IV, tag and ciphertext: a
 * changed byte is another envelope, opened and refused as tampered). An entry is used only with
 * the key its caller just fetched from the key store: once the key is erased, by this process or
 * another, no caller has it and the value reads as erased. Memory only, bounded: the oldest go first.
 */
export class OpenedValues {
  private readonly values = new Map<string, unknown>();

  constructor(private readonly capacity = 100_000) {}

  open(envelope: Envelope, key: Buffer): unknown {
    const { keyId, iv, tag, data } = envelope.$encrypted;
    const id = `${keyId}\n${iv}\n${tag}\n${data}`;
    if (this.values.has(id)) return this.values.get(id);
    const value = openValue(envelope, key);
    if (this.values.size >= this.capacity) this.values.delete(this.values.keys().next().value!);
    this.values.set(id, value);
    return value;
  }
}
