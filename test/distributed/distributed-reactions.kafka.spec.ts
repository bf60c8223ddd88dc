import { Pool } from 'pg';
import request from 'supertest';
import { aContent } from '@app/domain/testing';
import { createEventStore } from '@app/event-store';
import { freePort, waitFor } from '@app/messaging/testing';
import { DIRECTORY_PROJECTIONS, createProjectionStore, projectionStoreConfigFrom, rebuildProjections } from '@app/read-models';
import { SmtpInbox } from '../support/smtp-inbox';
import { as, bearer } from '../tokens';
import { DistributedDeployment, startDistributed } from './distributed-services';

jest.setTimeout(240_000);

const admin = bearer({ sub: 'root', role: 'admin' });
const IVAN = 'ivan@example.com';
const ANDERS = 'anders@example.com';
/**
 * Quick retries, and never given up while the test keeps the server away; short claims, so a
 * process killed while it held one leaves its message to the next within seconds.
 */
const MAIL = { MAIL_POLL_MS: '100', MAIL_RETRY_BASE_MS: '100', MAIL_MAX_ATTEMPTS: '20', REACTIONS_TICK_MS: '3600000', MAIL_SEND_TIMEOUT_MS: '1000', MAIL_CLAIM_MS: '3000' };

type WorkRow = { work_key: string; status: string; attempts: number };

/**
 * The messages of the services apart: commands at the agreements service, the relay, and the
 * reactions service fed from the broker, each its own OS process over one PostgreSQL schema.
 */
describe('distributed: the reactions service sends the messages of the services apart, once (issue 16)', () => {
  let deployment: DistributedDeployment;
  let inbox: SmtpInbox;
  let pool: Pool;
  beforeAll(async () => {
    inbox = await SmtpInbox.start();
    deployment = await startDistributed();
    await Promise.all([deployment.start('agreements'), deployment.start('relay'), deployment.start('reactions', { ...MAIL, SMTP_URL: inbox.url })]);
    pool = new Pool({ connectionString: deployment.databaseUrl, max: 1 });
  }, 180_000);
  afterAll(async () => {
    await pool?.end();
    await deployment?.stop();
    await inbox?.close();
  }, 60_000);

  const agreements = () => request(deployment.url.agreements);
  const workOf = async (mobilityId: string) =>
    (await pool.query<WorkRow>(`SELECT work_key, status, attempts FROM reaction_work WHERE work_key LIKE $1 ORDER BY work_key`, [`%agreement-${mobilityId}@%`])).rows;
  /** Every message the broker holds handled by the reactions' group, on every topic: what will be recorded is recorded. */
  const noLag = async () => {
    const text = (await request(deployment.url.reactions).get('/metrics')).text;
    const lags = [...text.matchAll(/ml_consumer_lag_messages\{[^}]*group="[^"]*reactions"[^}]*\} (\d+)/g)].map((match) => Number(match[1]));
    return lags.length > 0 && lags.every((lag) => lag === 0);
  };

  it('LA-ORDER: a draft asks the student to sign, their signature asks the sending school; each message once, and a projection rebuild sends nothing', async () => {
    const drafted = await agreements().post('/api/agreements').set('Authorization', as.student).send({ content: aContent() }).expect(201);
    const id: string = drafted.body.mobilityId;
    const [toStudent] = await inbox.waitFor((mail) => mail.to.includes(IVAN) && mail.text.includes(id), 1, 60_000);
    expect(toStudent).toMatchObject({ language: 'fr', subject: expect.stringContaining('En attente de votre signature') });
    await agreements().post(`/api/agreements/${id}/signatures`).set('Authorization', as.student).send({ contentHash: drafted.body.draft.contentHash }).expect(201);
    await inbox.waitFor((mail) => mail.to.includes(ANDERS) && mail.text.includes(id), 1, 60_000);

    await waitFor('the reactions group at the end of the topics', noLag, 60_000);
    await waitFor('every message of the agreement marked sent', async () => (await workOf(id)).every((work) => work.status === 'sent'));
    const messages = await request(deployment.url.reactions).get('/api/admin/messages').set('Authorization', admin).expect(200);
    expect(messages.body.messages.map((m: { reason: string; address: string; status: string }) => [m.reason, m.address, m.status])).toEqual([
      ['turn-to-sign', ANDERS, 'sent'],
      ['turn-to-sign', IVAN, 'sent'],
    ]);

    // The lists' projections of this deployment, emptied and replayed from the log: their tables, not the reactions'.
    const events = await createEventStore({ kind: 'postgres', connectionString: deployment.databaseUrl });
    const projections = await createProjectionStore(projectionStoreConfigFrom({ get: <T>(name: string) => ({ EVENT_STORE: 'postgres', DATABASE_URL: deployment.databaseUrl })[name] as T }));
    try {
      const rebuilt = await rebuildProjections({ events, store: projections, projections: DIRECTORY_PROJECTIONS, report: () => ({ advance: () => undefined, finish: () => undefined }) });
      expect(rebuilt.length).toBeGreaterThan(0);
    } finally {
      await projections.close();
      await events.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(inbox.received.filter((mail) => mail.text.includes(id)).map((mail) => mail.to)).toEqual([IVAN, ANDERS]);
    expect((await workOf(id)).map((work) => work.status)).toEqual(['sent', 'sent']);
  });

  it('a reactions process killed with SIGKILL after recording a message and before sending it delivers it exactly once after restart', async () => {
    // Nothing listens on this port until the test says so: the message is recorded, tried, and stays due.
    const port = await freePort();
    const unreachable = `smtp://127.0.0.1:${port}`;
    await deployment.kill('reactions', 'SIGKILL');
    await deployment.start('reactions', { ...MAIL, SMTP_URL: unreachable });
    const drafted = await agreements().post('/api/agreements').set('Authorization', as.student).send({ content: aContent() }).expect(201);
    const id: string = drafted.body.mobilityId;
    await waitFor('the turn-to-sign message recorded and refused by no server', async () => (await workOf(id)).some((work) => work.status === 'failed'), 60_000);
    await deployment.kill('reactions', 'SIGKILL');
    const [recorded] = await workOf(id);
    expect(recorded).toMatchObject({ work_key: expect.stringMatching(/^turn-to-sign:.*:student:acc-ivan$/), status: 'failed' });

    const late = await SmtpInbox.start(port);
    try {
      await deployment.start('reactions', { ...MAIL, SMTP_URL: late.url });
      const [delivered] = await late.waitFor((mail) => mail.text.includes(id), 1, 60_000);
      expect(delivered.to).toBe(IVAN);
      await waitFor('the reactions group at the end of the topics', noLag, 60_000);
      await waitFor('the message marked sent', async () => (await workOf(id))[0]?.status === 'sent');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(late.received.map((mail) => [mail.to, mail.messageId])).toEqual([[IVAN, delivered.messageId]]);
      expect((await workOf(id)).map((work) => [work.work_key, work.status])).toEqual([[recorded.work_key, 'sent']]);
    } finally {
      await deployment.kill('reactions', 'SIGTERM');
      await late.close();
    }
  });
});
