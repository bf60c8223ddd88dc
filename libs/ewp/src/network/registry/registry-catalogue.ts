import { KeyObject } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import { fingerprintOf, publicKeyFromBase64 } from '../httpsig/http-signature';

/** One host of the Registry catalogue: the HEIs it covers, the APIs it implements, its keys. */
export type CatalogueHost = {
  heiIds: string[];
  /** API name -> its manifest entry, as parsed (urls and version). */
  apis: Record<string, Record<string, unknown>>;
  clientKeyIds: string[];
  serverKeyIds: string[];
};

export type RegistryCatalogue = {
  hosts: CatalogueHost[];
  keys: Map<string, KeyObject>;
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (name) => ['host', 'hei-id', 'rsa-public-key', 'certificate'].includes(name),
});

type Node = Record<string, unknown>;
const node = (value: unknown): Node => (value && typeof value === 'object' ? (value as Node) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const textOf = (value: unknown): string => (typeof value === 'string' ? value : String(node(value)['#text'] ?? ''));

/**
 * Reads the catalogue the EWP Registry serves (ewp-specs-api-registry): hosts, the HEIs they
 * cover, their API entries, and the keys they use; `<binaries>` holds each key once. A key
 * whose bytes do not hash to its `sha-256` is left out: the catalogue is trusted as a whole,
 * but a binding must name the key it carries.
 */
export const readCatalogue = (xml: string): RegistryCatalogue => {
  const root = node(parser.parse(xml)).catalogue;
  if (!root) throw new Error('EWP-REGISTRY: the document is not a Registry catalogue (no <catalogue>)');
  const keys = new Map<string, KeyObject>();
  for (const binary of list(node(node(root).binaries)['rsa-public-key'])) {
    const id = String(node(binary)['@sha-256'] ?? '').toLowerCase();
    try {
      const key = publicKeyFromBase64(textOf(binary));
      if (fingerprintOf(key) === id) keys.set(id, key);
    } catch {
      // A key that does not parse binds nothing.
    }
  }
  const keyIds = (credentials: unknown) => list(node(credentials)['rsa-public-key']).map((key) => String(node(key)['@sha-256'] ?? '').toLowerCase());
  const hosts = list(node(root).host).map((raw): CatalogueHost => {
    const host = node(raw);
    const apis = node(host['apis-implemented']);
    return {
      heiIds: list(node(host['institutions-covered'])['hei-id']).map(textOf),
      apis: Object.fromEntries(Object.entries(apis).filter(([name]) => !name.startsWith('@')).map(([name, entry]) => [name, node(entry)])),
      clientKeyIds: keyIds(host['client-credentials-in-use']),
      serverKeyIds: keyIds(host['server-credentials-in-use']),
    };
  });
  return { hosts, keys };
};

/** The HEIs whose host signs requests with this key; a key of no host binds no HEI. */
export const clientKeyBinding = (catalogue: RegistryCatalogue, keyId: string): { publicKey: KeyObject; heiIds: string[] } | undefined => {
  const publicKey = catalogue.keys.get(keyId.toLowerCase());
  const heiIds = catalogue.hosts.filter((host) => host.clientKeyIds.includes(keyId.toLowerCase())).flatMap((host) => host.heiIds);
  return publicKey && heiIds.length > 0 ? { publicKey, heiIds } : undefined;
};

/** The host covering a HEI that implements the API, if any. */
export const hostOf = (catalogue: RegistryCatalogue, heiId: string, api: string): CatalogueHost | undefined =>
  catalogue.hosts.find((host) => host.heiIds.includes(heiId) && host.apis[api] !== undefined);

export const apiUrl = (host: CatalogueHost, api: string, field: string): string | undefined => {
  const value = host.apis[api]?.[field];
  return value === undefined ? undefined : textOf(value).trim();
};
