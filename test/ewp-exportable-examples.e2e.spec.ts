import { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { httpDemoCall, seedDemo } from '@app/demo';
import { ExchangeRules } from '@app/domain';
import { EwpSchemaValidator } from '@app/ewp';
import { EMBEDDED_DEFAULT_SECRET } from '@app/http';
import { SettableClock } from '@app/kernel';
import { startLedger } from './ledger-app';
import { as, bearer } from './tokens';

const validator = new EwpSchemaValidator();
const README_EXAMPLE = JSON.parse(readFileSync(join(__dirname, '..', 'docs', 'examples', 'agreement.json'), 'utf8'));
const MISSING_DATA = Object.keys(ExchangeRules);
/** The warnings about what EWP needs; others (LA-TERM-CREDITS) are not this test's. */
const exchangeGaps = (warnings: Array<{ ruleId: string }>) => warnings.filter(({ ruleId }) => MISSING_DATA.includes(ruleId));
/** Each export is validated against the EWP schemas, a few hundred milliseconds apiece on a busy machine. */
const VALIDATING_TIMEOUT = 120_000;

/**
 * The rule a refusal names at the head of its message: the ledger's JSON error on
 * `/api/agreements/:id/ewp`, or an EWP error-response's developer message on the partner routes.
 */
const refusalRuleOf = (text: string): string | undefined => /(?:"message":"|<developer-message>)([A-Z]+(?:-[A-Z0-9]+)+):/.exec(text)?.[1];

type Party = 'student' | 'sending' | 'receiving';
/** The README's student, as its `npm run token` line mints them: not one of the demo people. */
const README_PARTIES: Record<Party, string> = {
  ...as,
  student: bearer({ sub: 'acc-jules', role: 'student', name: 'Jules Lambert', email: 'jules@example.com' }),
};

async function signDraft(app: INestApplication, id: string, parties: Party[]): Promise<void> {
  const http = request(app.getHttpServer());
  const { body } = await http.get(`/api/agreements/${id}`).set('Authorization', README_PARTIES.student).expect(200);
  for (const party of parties) {
    await http.post(`/api/agreements/${id}/signatures`).set('Authorization', README_PARTIES[party]).send({ contentHash: body.draft.contentHash }).expect(201);
  }
}

/** The README's story: its student drafts the example and the parties sign it. */
async function draftAndSign(app: INestApplication, parties: Party[]): Promise<string> {
  const drafted = await request(app.getHttpServer()).post('/api/agreements').set('Authorization', README_PARTIES.student).send(README_EXAMPLE).expect(201);
  await signDraft(app, drafted.body.mobilityId, parties);
  return drafted.body.mobilityId;
}

describe('every agreement the ledger creates can go to a partner over EWP (EWP-LA-CONTACT, EWP-LA-STUDENT, EWP-LA-ISCED, EWP-LA-EQF, EWP-LA-LANGUAGE)', () => {
  describe("the demo data, seeded as npm run demo:seed does, on a ledger that already ran the README's story", () => {
    let app: INestApplication;
    let readmeAgreement: string;
    beforeAll(async () => {
      const clock = new SettableClock();
      app = await startLedger({}, { clock });
      await app.listen(0, '127.0.0.1');
      readmeAgreement = await draftAndSign(app, ['student', 'sending', 'receiving']);
      const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
      await seedDemo(httpDemoCall(baseUrl, EMBEDDED_DEFAULT_SECRET), { clock });
    }, 120_000);
    afterAll(() => app.close());

    it('exports every agreement EWP lets the sending institution publish, valid against the EWP schema; any other is refused only as unpublished (EWP-LA-PUBLISH), never for missing data', async () => {
      const http = request(app.getHttpServer());
      const { body: page } = await http.get('/api/agreements?pageSize=100').set('Authorization', as.auditor).expect(200);
      expect(page.total).toBe(14);
      const verdicts: Record<string, string> = {};
      for (const { mobilityId } of page.items as Array<{ mobilityId: string }>) {
        if (mobilityId === readmeAgreement) continue;
        const { body: agreement } = await http.get(`/api/agreements/${mobilityId}`).set('Authorization', as.auditor).expect(200);
        expect({ mobilityId, gaps: exchangeGaps(agreement.warnings) }).toEqual({ mobilityId, gaps: [] });
        const exported = await http.get(`/api/agreements/${mobilityId}/ewp`).set('Authorization', as.auditor);
        if (exported.status === 200) {
          expect({ mobilityId, problems: await validator.problems('omobility-las-get-response', exported.text) }).toEqual({ mobilityId, problems: [] });
          verdicts[mobilityId] = 'exported';
          continue;
        }
        const rule = refusalRuleOf(exported.text);
        expect(MISSING_DATA).not.toContain(rule);
        // The spec lets the sending institution publish a draft once the student and it have signed.
        const signedBy = (agreement.draft?.signatures ?? []).map((signature: { party: Party }) => signature.party);
        expect({ mobilityId, status: exported.status, rule, versionInForce: agreement.versionInForce, signedBy }).toEqual({
          mobilityId,
          status: 422,
          rule: 'EWP-LA-PUBLISH',
          versionInForce: undefined,
          signedBy: expect.not.arrayContaining(['sending']),
        });
        verdicts[mobilityId] = rule!;
      }
      // The demo holds drafts not yet signed by the school as well as approved agreements: both kinds were met.
      expect(new Set(Object.values(verdicts))).toEqual(new Set(['exported', 'EWP-LA-PUBLISH']));
    }, VALIDATING_TIMEOUT);

    it("leaves the README's web walk as it reads: Ivan Sidorov, a demo student, finds a draft waiting for his signature", async () => {
      const http = request(app.getHttpServer());
      const ivan = bearer({ sub: 'acc-ivan', role: 'student', name: 'Ivan Sidorov', email: 'ivan@example.com' });
      const { body: mine } = await http.get('/api/agreements?pageSize=100').set('Authorization', ivan).expect(200);
      const drafts = (mine.items as Array<{ status: string }>).filter(({ status }) => status === 'draft');
      expect(drafts).toHaveLength(1);
    });
  });

  describe("the README's example", () => {
    let app: INestApplication;
    beforeAll(async () => {
      app = await startLedger();
    });
    afterAll(() => app.close());

    const sign = (id: string, parties: Party[]) => signDraft(app, id, parties);

    it('is drafted without warning, and exports valid once the student and the school signed it, and again once approved', async () => {
      const http = request(app.getHttpServer());
      const drafted = await http.post('/api/agreements').set('Authorization', README_PARTIES.student).send(README_EXAMPLE).expect(201);
      const id: string = drafted.body.mobilityId;
      expect(exchangeGaps(drafted.body.warnings)).toEqual([]);
      const unpublished = await http.get(`/api/agreements/${id}/ewp`).set('Authorization', as.sending).expect(422);
      expect(refusalRuleOf(unpublished.text)).toBe('EWP-LA-PUBLISH');
      await sign(id, ['student', 'sending']);
      const proposed = await http.get(`/api/agreements/${id}/ewp`).set('Authorization', as.sending).expect(200);
      expect(await validator.problems('omobility-las-get-response', proposed.text)).toEqual([]);
      expect(proposed.text).toMatch(/<receiving-hei>[\s\S]*<given-names>Paweł<\/given-names>\s*<family-name>Kowalski<\/family-name>\s*<email>pawel@example\.com<\/email>/);
      await sign(id, ['receiving']);
      const approved = await http.get(`/api/agreements/${id}/ewp`).set('Authorization', as.sending).expect(200);
      expect(await validator.problems('omobility-las-get-response', approved.text)).toEqual([]);
      expect(approved.text).toContain('<first-version>');
    }, VALIDATING_TIMEOUT);

    it('EWP-LA-CONTACT: without the host contact it is still drafted, with a warning naming the field, and the export refuses with the same rule', async () => {
      const http = request(app.getHttpServer());
      const { contactPerson: _unknownYet, ...host } = README_EXAMPLE.content.receivingInstitution;
      const content = { ...README_EXAMPLE.content, receivingInstitution: host };
      const drafted = await http.post('/api/agreements').set('Authorization', README_PARTIES.student).send({ content }).expect(201);
      const id: string = drafted.body.mobilityId;
      const { body: agreement } = await http.get(`/api/agreements/${id}`).set('Authorization', README_PARTIES.student).expect(200);
      expect(agreement.status).toBe('draft');
      expect(exchangeGaps(agreement.warnings)).toEqual([
        { ruleId: 'EWP-LA-CONTACT', field: 'receivingInstitution.contactPerson', detail: expect.stringContaining('contact person at the receiving institution (uw.edu.pl)') },
      ]);
      await sign(id, ['student', 'sending']);
      const refused = await http.get(`/api/agreements/${id}/ewp`).set('Authorization', as.sending).expect(422);
      expect(refusalRuleOf(refused.text)).toBe('EWP-LA-CONTACT');
      expect(refused.text).toContain('receivingInstitution.contactPerson');
    });
  });
});
