import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EwpSchemaValidator } from '../../validation/ewp-schema-validator';
import { errorResponseXml } from '../../xml/ewp-messages';
import { ewpHostSettingsFrom } from '../ewp-host-settings';
import { HostKeyStore } from '../keys/host-key-store';
import { clientKeyBinding, readCatalogue } from '../registry/registry-catalogue';
import { catalogueXml } from '../registry/catalogue-xml';
import { echoResponseXml, institutionsResponseXml, laCnrResponseXml, lasIndexResponseXml, manifestXml } from './host-xml';

const validator = new EwpSchemaValidator();
const settings = ewpHostSettingsFrom({ EWP_HEIS: 'insa-lyon.fr, ec-lyon.fr', EWP_PUBLIC_URL: 'https://ewp.lyon.example' });
const now = new Date('2026-12-05T10:00:00Z');
const store = new HostKeyStore(mkdtempSync(join(tmpdir(), 'ewp-xml-')), now);
store.rotate(now, 60_000);

describe('what the EWP host serves validates against its schema, offline', () => {
  it('the Discovery manifest of each HEI, its API entries included, lists both keys during a rotation', async () => {
    const manifest = manifestXml(settings, 'ec-lyon.fr', store.published(now), 'École Centrale de Lyon');
    expect(await validator.problems('manifest', manifest)).toEqual([]);
    expect(manifest).toContain('<r:hei id="ec-lyon.fr">');
    expect(manifest).toContain('https://ewp.lyon.example/api/ewp/host/manifests/ec-lyon.fr.xml');
    expect(manifest.match(/<rsa-public-key>/g)).toHaveLength(4);
  });

  it('refuses a manifest whose URLs are not HTTPS, as the entries require', async () => {
    const plain = manifestXml({ ...settings, publicUrl: 'http://127.0.0.1:3000' }, 'insa-lyon.fr', store.published(now), 'INSA Lyon');
    expect((await validator.problems('manifest', plain)).join(' ')).toMatch(/url/);
  });

  it('echo, institutions, index, CNR and error responses', async () => {
    expect(await validator.problems('echo-response', echoResponseXml(['ec-lyon.fr'], ['a', 'b']))).toEqual([]);
    expect(await validator.problems('institutions-response', institutionsResponseXml([{ heiId: 'insa-lyon.fr', name: 'INSA Lyon' }]))).toEqual([]);
    expect(await validator.problems('omobility-las-index-response', lasIndexResponseXml(['m-1', 'm-2']))).toEqual([]);
    expect(await validator.problems('omobility-la-cnr-response', laCnrResponseXml())).toEqual([]);
    expect(await validator.problems('error-response', errorResponseXml('EWP-HTTPSIG: unsigned'))).toEqual([]);
  });

  it('a catalogue built from the manifests validates, and binds the shared key to every HEI of the ledger', async () => {
    const catalogue = catalogueXml(settings.heiIds.map((heiId) => manifestXml(settings, heiId, store.published(now), heiId)));
    expect(await validator.problems('registry-catalogue', catalogue)).toEqual([]);
    const read = readCatalogue(catalogue);
    expect(read.hosts.map((host) => host.heiIds)).toEqual([['insa-lyon.fr'], ['ec-lyon.fr']]);
    expect(clientKeyBinding(read, store.published(now)[0].keyId)?.heiIds).toEqual(['insa-lyon.fr', 'ec-lyon.fr']);
    expect(read.hosts[0].clientKeyIds).toEqual(store.published(now).map((key) => key.keyId));
    expect([...read.keys.keys()].sort()).toEqual(store.published(now).map((key) => key.keyId).sort());
  });
});
