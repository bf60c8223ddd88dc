import { NS } from '../../xml/namespaces';
import { fingerprintOf, publicKeyFromBase64 } from '../httpsig/http-signature';

const block = (xml: string, element: string): string => new RegExp(`<${element}[^>]*>([\\s\\S]*?)</${element}>`).exec(xml)?.[1] ?? '';
const keysIn = (xml: string): string[] => [...xml.matchAll(/<rsa-public-key>([\s\S]*?)<\/rsa-public-key>/g)].map(([, key]) => key.replace(/\s+/g, ''));
const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * What the EWP Registry does with the manifests of this ledger's hosts: one catalogue listing
 * each host's APIs, HEIs and key fingerprints, with every key once in `<binaries>`. For an
 * offline network of ledgers (EWP_REGISTRY_CATALOGUE as a file) and for the tests; a school on
 * the real network reads the Registry's own catalogue instead.
 */
export const catalogueXml = (manifests: readonly string[]): string => {
  const binaries = new Map<string, string>();
  const fingerprints = (keys: string[]) =>
    keys.map((key) => {
      const id = fingerprintOf(publicKeyFromBase64(key));
      binaries.set(id, key);
      return `<rsa-public-key sha-256="${id}"/>`;
    });
  const heis: string[] = [];
  const hosts = manifests.map((manifest) => {
    const ids = [...manifest.matchAll(/<r:hei id="([^"]+)">[\s\S]*?<r:name[^>]*>([^<]*)<\/r:name>/g)];
    heis.push(...ids.map(([, id, name]) => `<hei id="${escape(id)}"><name xml:lang="en">${name}</name></hei>`));
    return [
      '<host>',
      `<apis-implemented>${block(manifest, 'r:apis-implemented')}</apis-implemented>`,
      `<institutions-covered>${ids.map(([, id]) => `<hei-id>${escape(id)}</hei-id>`).join('')}</institutions-covered>`,
      `<client-credentials-in-use>${fingerprints(keysIn(block(manifest, 'client-credentials-in-use'))).join('')}</client-credentials-in-use>`,
      `<server-credentials-in-use>${fingerprints(keysIn(block(manifest, 'server-credentials-in-use'))).join('')}</server-credentials-in-use>`,
      '</host>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<catalogue xmlns="${NS.registry}" xmlns:ewp="${NS.common}" xmlns:sec="${NS.sec}">`,
    ...hosts,
    `<institutions>${heis.join('')}</institutions>`,
    `<binaries>${[...binaries].map(([id, key]) => `<rsa-public-key sha-256="${id}">${key}</rsa-public-key>`).join('')}</binaries>`,
    '</catalogue>',
  ].join('\n');
};
