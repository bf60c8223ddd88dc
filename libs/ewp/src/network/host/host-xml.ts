import { NS } from '../../xml/namespaces';
import { buildXml } from '../../xml/xml-codec';
import { publicKeyToBase64 } from '../httpsig/http-signature';
import type { HostKey } from '../keys/host-key-ring';
import { EwpHostSettings, hostUrl, manifestUrl } from '../ewp-host-settings';

/** HTTP Signatures both ways: the only security this host offers and asks for. */
const httpSecurity = {
  'sec:client-auth-methods': { httpsig: { '@xmlns': NS.cliauthHttpsig } },
  'sec:server-auth-methods': { httpsig: { '@xmlns': NS.srvauthHttpsig } },
};

/** The most omobility ids one get, or HEI ids one institutions request, may name. */
export const MAX_IDS = 10;

/** The API entries the host implements, as the manifest lists them and the Registry copies them into its catalogue. */
export const apisImplemented = (settings: EwpHostSettings, heiId: string) => ({
  discovery: { '@xmlns': NS.discoveryEntry, '@version': '6.0.0', url: manifestUrl(settings, heiId) },
  echo: { '@xmlns': NS.echoEntry, '@version': '2.0.1', 'http-security': httpSecurity, url: hostUrl(settings, 'echo') },
  institutions: {
    '@xmlns': NS.institutionsEntry,
    '@version': '2.2.0',
    'http-security': httpSecurity,
    url: hostUrl(settings, 'institutions'),
    'max-hei-ids': String(MAX_IDS),
  },
  'omobility-las': {
    '@xmlns': NS.lasEntry,
    '@version': '1.2.0',
    'http-security': httpSecurity,
    'get-url': hostUrl(settings, 'lasGet'),
    'index-url': hostUrl(settings, 'lasIndex'),
    'update-url': hostUrl(settings, 'lasUpdate'),
    'stats-url': hostUrl(settings, 'lasStats'),
    'max-omobility-ids': String(MAX_IDS),
  },
  'omobility-la-cnr': {
    '@xmlns': NS.laCnrEntry,
    '@version': '1.1.0',
    'http-security': httpSecurity,
    url: hostUrl(settings, 'laCnr'),
    'max-omobility-ids': String(MAX_IDS),
  },
});

const keyList = (keys: readonly HostKey[]) => ({ 'rsa-public-key': keys.map((key) => publicKeyToBase64(key.publicKey)) });

/**
 * The Discovery manifest (ewp-specs-api-discovery v6) of one HEI: since v5.1 a manifest has one
 * host covering at most one HEI, so a ledger serving several schools publishes one manifest per
 * school (same APIs, same keys), each registered with the Registry. It lists the APIs, and the
 * published keys (old and new during a rotation) for client and server authentication alike.
 */
export const manifestXml = (settings: EwpHostSettings, heiId: string, keys: readonly HostKey[], heiName: string): string =>
  buildXml({
    manifest: {
      '@xmlns': NS.manifest,
      '@xmlns:ewp': NS.common,
      '@xmlns:sec': NS.sec,
      '@xmlns:r': NS.registry,
      host: {
        'ewp:admin-email': settings.adminEmail,
        'ewp:admin-provider': 'mobility-ledger',
        'ewp:admin-notes': `mobility-ledger host of ${settings.heiIds.join(', ')}`,
        'r:apis-implemented': apisImplemented(settings, heiId),
        'institutions-covered': { 'r:hei': { '@id': heiId, 'r:name': { '@xml:lang': 'en', '#text': heiName } } },
        'client-credentials-in-use': keyList(keys),
        'server-credentials-in-use': keyList(keys),
      },
    },
  });

export const echoResponseXml = (heiIds: readonly string[], echoes: readonly string[]): string =>
  buildXml({ response: { '@xmlns': NS.echo, 'hei-id': [...heiIds], echo: [...echoes] } });

export const institutionsResponseXml = (heis: ReadonlyArray<{ heiId: string; name: string }>): string =>
  buildXml({
    'institutions-response': {
      '@xmlns': NS.institutions,
      hei: heis.map(({ heiId, name }) => ({ 'hei-id': heiId, name: { '@xml:lang': 'en', '#text': name } })),
    },
  });

export const lasIndexResponseXml = (omobilityIds: readonly string[]): string =>
  buildXml({ 'omobility-las-index-response': { '@xmlns': NS.lasIndex, 'omobility-id': [...omobilityIds] } });

export const laCnrResponseXml = (): string => buildXml({ 'omobility-la-cnr-response': { '@xmlns': NS.laCnr } });
