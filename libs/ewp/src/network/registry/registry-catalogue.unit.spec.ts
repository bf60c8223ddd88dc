import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NS } from '../../xml/namespaces';
import { fingerprintOf, publicKeyToBase64 } from '../httpsig/http-signature';
import { CatalogueSource } from './catalogue-source';
import { clientKeyBinding, readCatalogue } from './registry-catalogue';

const key = () => generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey;
const hostKey = key();
const otherKey = key();
const catalogue = (heiId: string, listed = fingerprintOf(hostKey), binary = publicKeyToBase64(hostKey)) => `<?xml version="1.0"?>
<catalogue xmlns="${NS.registry}">
  <host>
    <apis-implemented/>
    <institutions-covered><hei-id>${heiId}</hei-id></institutions-covered>
    <client-credentials-in-use><rsa-public-key sha-256="${listed}"/></client-credentials-in-use>
  </host>
  <binaries><rsa-public-key sha-256="${listed}">${binary}</rsa-public-key></binaries>
</catalogue>`;

describe('the Registry catalogue', () => {
  it('binds a client key to the HEIs of the host that lists it, and a key to nobody when its bytes do not hash to its id', () => {
    expect(clientKeyBinding(readCatalogue(catalogue('uw.edu.pl')), fingerprintOf(hostKey))?.heiIds).toEqual(['uw.edu.pl']);
    expect(clientKeyBinding(readCatalogue(catalogue('uw.edu.pl')), fingerprintOf(otherKey))).toBeUndefined();
    const forged = catalogue('uw.edu.pl', fingerprintOf(hostKey), publicKeyToBase64(otherKey));
    expect(clientKeyBinding(readCatalogue(forged), fingerprintOf(hostKey))).toBeUndefined();
  });

  it('reads a file again when it changes on disk', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ewp-catalogue-')), 'catalogue.xml');
    writeFileSync(path, catalogue('uw.edu.pl'));
    utimesSync(path, new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'));
    const source = new CatalogueSource(path);
    expect((await source.current(new Date())).hosts[0].heiIds).toEqual(['uw.edu.pl']);
    writeFileSync(path, catalogue('uio.no'));
    expect((await source.current(new Date())).hosts[0].heiIds).toEqual(['uio.no']);
  });

  it('fetches a URL, and keeps the last good copy while the Registry does not answer', async () => {
    let answer: { status: number; body: string } = { status: 200, body: catalogue('uw.edu.pl') };
    const server = createServer((_, response) => response.writeHead(answer.status).end(answer.body));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const source = new CatalogueSource(`http://127.0.0.1:${(server.address() as AddressInfo).port}/catalogue-v1.xml`);
      const t0 = new Date('2026-12-05T10:00:00Z');
      expect((await source.current(t0)).hosts[0].heiIds).toEqual(['uw.edu.pl']);
      answer = { status: 503, body: '' };
      expect((await source.current(new Date(t0.getTime() + 10 * 60 * 1000))).hosts[0].heiIds).toEqual(['uw.edu.pl']);
      answer = { status: 200, body: catalogue('uio.no') };
      expect((await source.current(new Date(t0.getTime() + 20 * 60 * 1000))).hosts[0].heiIds).toEqual(['uio.no']);
    } finally {
      server.close();
    }
  });

  it('fetches the URL once for requests that arrive while a fetch is under way', async () => {
    let fetches = 0;
    const server = createServer((_, response) => {
      fetches++;
      setTimeout(() => response.writeHead(200).end(catalogue('uw.edu.pl')), 50);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const source = new CatalogueSource(`http://127.0.0.1:${(server.address() as AddressInfo).port}/catalogue-v1.xml`);
      const now = new Date('2026-12-05T10:00:00Z');
      const read = await Promise.all([source.current(now), source.current(now), source.current(now)]);
      expect(fetches).toBe(1);
      expect(new Set(read).size).toBe(1);
    } finally {
      server.close();
    }
  });
});
