import { INestApplication } from '@nestjs/common';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { aComponent, aContent } from '@app/domain/testing';
import { startLedger } from './ledger-app';
import { as } from './tokens';

/** Binary bodies as a Buffer, which supertest leaves as text for unknown types otherwise. */
const binary = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('an approved version as a signed PDF, read back with pdftotext (CTI-LA-4)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let dir: string;
  let id: string;
  let hash: string;
  beforeAll(async () => {
    app = await startLedger();
    http = request(app.getHttpServer());
    dir = mkdtempSync(join(tmpdir(), 'ml-pdf-'));
    const content = aContent({
      receivingInstitution: { heiId: 'uw.edu.pl', contactPerson: { name: 'Paweł Kowalski', email: 'pawel@example.com' } },
      virtual: [aComponent('MOOC-1', '2.5')],
    });
    const drafted = await http.post('/api/agreements').set('Authorization', as.student).send({ content }).expect(201);
    id = drafted.body.mobilityId;
    hash = drafted.body.draft.contentHash;
    for (const party of ['student', 'sending', 'receiving'] as const) {
      await http.post(`/api/agreements/${id}/signatures`).set('Authorization', as[party]).send({ contentHash: hash }).expect(201);
    }
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await app.close();
  });

  const textOf = async (path: string, header: Record<string, string> = {}) => {
    const answer = await http.get(path).set('Authorization', as.auditor).set(header).buffer(true).parse(binary).expect(200);
    expect(answer.headers['content-type']).toBe('application/pdf');
    expect(answer.headers['content-disposition']).toBe(`inline; filename="learning-agreement-${id}-v1.pdf"`);
    const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
    writeFileSync(file, answer.body as Buffer);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  };

  it('CTI-LA-4: prints the tables with their totals, the three signatures and the content hash, in English', async () => {
    const text = await textOf(`/api/agreements/${id}/versions/1/pdf`);
    expect(text).toContain('Learning agreement, version 1');
    expect(text).toContain('Ivan Petrovich Sidorov');
    expect(text).toContain('Paweł Kowalski, pawel@example.com');
    expect(text).toMatch(/Table A: components studied abroad[\s\S]*KR501\s+Course KR501\s+2\/2\s+9 ects[\s\S]*KR502B[\s\S]*Total\s+16.5 ects/);
    expect(text).toMatch(/Table B: components recognised at the sending institution[\s\S]*UE-MATH-4[\s\S]*Total\s+15 ects/);
    expect(text).toMatch(/Table C: virtual components[\s\S]*MOOC-1[\s\S]*Total\s+2.5 ects/);
    expect(text).toMatch(/Student: Ivan Sidorov, signed on/);
    expect(text).toMatch(/Sending institution: Anders Bardal, signed on/);
    expect(text).toMatch(/Receiving institution: Paweł Kowalski, signed on/);
    expect(text).toContain(hash);
    expect(text).toContain(`/api/agreements/${id}/audit/verify`);
  });

  it('speaks French when asked, by ?lang=fr or by Accept-Language, with decimal commas', async () => {
    for (const [path, header] of [
      [`/api/agreements/${id}/versions/1/pdf?lang=fr`, {}],
      [`/api/agreements/${id}/versions/1/pdf`, { 'Accept-Language': 'fr-FR,fr;q=0.9,en;q=0.5' }],
    ] as const) {
      const text = await textOf(path, header);
      expect(text).toContain('Contrat d’études, version 1');
      expect(text).toMatch(/Tableau A : composantes suivies à l’étranger[\s\S]*Total\s+16,5 ects/);
      expect(text).toMatch(/Établissement d’accueil\s: Paweł Kowalski, signé le/);
      expect(text).toContain(hash);
    }
  });

  it('refuses a version that does not exist, a language it does not speak, and a reader who is not a party (LA-PARTY)', async () => {
    await http.get(`/api/agreements/${id}/versions/2/pdf`).set('Authorization', as.auditor).expect(404);
    const german = await http.get(`/api/agreements/${id}/versions/1/pdf?lang=de`).set('Authorization', as.auditor).expect(400);
    expect(JSON.stringify(german.body)).toContain('lang');
    await http.get(`/api/agreements/${id}/versions/1/pdf`).set('Authorization', as.otherSchool).expect(404);
  });
});
