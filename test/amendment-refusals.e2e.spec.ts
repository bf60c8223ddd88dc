import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { aContent } from '@app/domain/testing';
import { startLedger } from './ledger-app';
import { as } from './tokens';

const substitute = (component: Record<string, unknown>) => [
  { op: 'delete', table: 'studiedAbroad', code: 'KR502B', reason: 'not-available' },
  { op: 'insert', table: 'studiedAbroad', component, reason: 'substituting-deleted' },
];

describe('a refused amendment names the change at fault, as its request names it (CTI-LA-3)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let id: string;
  beforeAll(async () => {
    app = await startLedger();
    http = request(app.getHttpServer());
    const drafted = await http.post('/api/agreements').set('Authorization', as.student).send({ content: aContent() }).expect(201);
    id = drafted.body.mobilityId;
    for (const party of ['student', 'sending', 'receiving'] as const) {
      await http.post(`/api/agreements/${id}/signatures`).set('Authorization', as[party]).send({ contentHash: drafted.body.draft.contentHash }).expect(201);
    }
  });
  afterAll(() => app.close());

  const propose = (changes: unknown[], language = 'en') =>
    http.post(`/api/agreements/${id}/amendments`).set('Authorization', as.student).set('Accept-Language', language).send({ changes });

  it('LA-CREDITS: an inserted component worth nothing is refused beside the credits of its change, not a row of the content', async () => {
    const { body } = await propose(substitute({ code: 'KR510', title: 'Numerical methods', credits: [{ scheme: 'ects', value: '0' }] })).expect(422);
    expect(body.ruleId).toBe('LA-CREDITS');
    expect(body.errors).toEqual([
      { field: 'changes.1.component.credits', constraints: { 'LA-CREDITS': 'LA-CREDITS: studiedAbroad[1] (KR510): 0 ects is not above zero: correct the credits to what the component is worth' } },
    ]);
  });

  it('LA-CONTENT: recognition conditions on a component followed abroad are refused beside that change, in French too', async () => {
    const component = { code: 'KR510', title: 'Numerical methods', credits: [{ scheme: 'ects', value: '7.5' }], recognitionConditions: 'with the lab' };
    const { body } = await propose(substitute(component), 'fr').expect(400);
    expect(body.ruleId).toBe('LA-CONTENT');
    const said = 'studiedAbroad[1] : les conditions de reconnaissance n’appartiennent qu’au tableau B (recognisedAtHome)';
    expect(body.message).toBe(`LA-CONTENT: contenu du contrat mal formé : ${said}`);
    expect(body.errors).toEqual([{ field: 'changes.1.component.recognitionConditions', constraints: { 'LA-CONTENT': `LA-CONTENT: ${said}` } }]);
  });

  it('CTI-LA-3: a change that fails by itself still names its own field, and nothing is proposed', async () => {
    const { body } = await propose([{ op: 'delete', table: 'studiedAbroad', code: 'KR999', reason: 'not-available' }]).expect(400);
    expect(body.errors.map(({ field }: { field: string }) => field)).toEqual(['changes.0.code']);
    const agreement = await http.get(`/api/agreements/${id}`).set('Authorization', as.student).expect(200);
    expect(agreement.body.proposal).toBeUndefined();
  });
});
