import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { loadAgreement } from '@app/agreements';
import { DomainError, agreementStreamId, notFound } from '@app/domain';
import { EventStore, InjectEventStore, RecordedEvent } from '@app/event-store';
import { publishedLearningAgreement } from '../../las/export-la';
import { EwpHostIdentity } from '../ewp-host-identity';
import { PartnerCopyImport } from '../receiving/partner-copy-import';
import { partnerRefusal } from '../receiving/partner-refusal-words';
import { hostOf } from '../registry/registry-catalogue';
import { EwpClient, PartnerRefused, PartnerUnavailable } from './ewp-client';
import { EwpJob, EwpOutbox } from './ewp-outbox';

const STREAM_PREFIX = agreementStreamId('');
const CNR_API = 'omobility-la-cnr';
const BATCH = 500;

/**
 * The EWP reaction: reads the event log from its own checkpoint and owes a change notification
 * (LA CNR) to the receiving HEI's host of every outgoing agreement that changed, once it is
 * published; then does the work owed, notifications and fetches alike, retrying with backoff
 * while a partner is down. Runs every EWP_DELIVERY_INTERVAL_MS (2 s by default), one pass at a time.
 */
@Injectable()
export class EwpDelivery implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('EwpDelivery');
  private outbox?: EwpOutbox;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    @InjectEventStore() private readonly store: EventStore,
    private readonly identity: EwpHostIdentity,
    private readonly client: EwpClient,
    private readonly partnerCopies: PartnerCopyImport,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.identity.enabled) return;
    this.outbox = new EwpOutbox(this.identity.settings.dataDir);
    this.timer = setInterval(() => {
      this.running ??= this.pass()
        .catch((error: Error) => this.logger.error(`EWP delivery pass failed: ${error.message}`))
        .finally(() => (this.running = undefined));
    }, this.identity.settings.deliveryIntervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Work owed on behalf of a partner's notification (LA CNR received): fetch and record. */
  owe(work: Array<Pick<EwpJob, 'partnerHeiId' | 'sendingHeiId' | 'omobilityId'>>): void {
    if (!this.outbox) throw notFound(partnerRefusal('noEwpHost'), 'EWP-HOST');
    this.outbox.record(work.map((item) => ({ kind: 'fetch' as const, ...item })), this.identity.now());
  }

  private async pass(): Promise<void> {
    await this.scan();
    for (const job of this.outbox!.due(this.identity.now())) {
      try {
        await this.perform(job);
        this.outbox!.done(job, this.identity.now());
      } catch (error) {
        const reason = reasonOf(error as Error);
        const what = `EWP ${job.kind} of ${job.omobilityId} with ${job.partnerHeiId}`;
        if (error instanceof DomainError) {
          // Refused here (the catalogue lists no such partner or endpoint, the document cannot be recorded): no retry can help.
          this.outbox!.done(job, this.identity.now());
          this.logger.warn(`${what} given up: ${reason}`);
        } else if (this.outbox!.failed(job, reason, this.identity.now()) === 'given up') {
          this.logger.warn(`${what} given up after ${job.attempts + 1} attempts: ${reason}`);
        } else {
          this.logger.warn(`${what} failed (attempt ${job.attempts + 1}): ${reason}`);
        }
      }
    }
  }

  private async scan(): Promise<void> {
    const events = await eventsAfter(this.store, this.outbox!.checkpoint, BATCH);
    if (events.length === 0) return;
    const catalogue = await this.identity.catalogue();
    const mobilityIds = new Set(events.filter((event) => event.streamId.startsWith(STREAM_PREFIX)).map((event) => event.streamId.slice(STREAM_PREFIX.length)));
    const work: Array<Omit<EwpJob, 'attempts' | 'nextAttemptAt' | 'version'>> = [];
    for (const omobilityId of mobilityIds) {
      const { state } = await loadAgreement(this.store, omobilityId);
      const content = state.current?.content;
      if (!content || !this.identity.serves(content.sendingInstitution.heiId) || this.identity.serves(content.receivingInstitution.heiId)) continue;
      // The rule of the host's index and get (EWP-LA-PUBLISH and what EWP can carry).
      if (!publishedLearningAgreement(state)) continue;
      // A partner the catalogue does not list is not on the network: no CNR is owed to it.
      if (!hostOf(catalogue, content.receivingInstitution.heiId, CNR_API)) continue;
      work.push({ kind: 'notify', partnerHeiId: content.receivingInstitution.heiId, sendingHeiId: content.sendingInstitution.heiId, omobilityId });
    }
    this.outbox!.record(work, this.identity.now(), events.at(-1)!.position);
  }

  private async perform(job: EwpJob): Promise<void> {
    const params = new URLSearchParams({ sending_hei_id: job.sendingHeiId, omobility_id: job.omobilityId });
    if (job.kind === 'notify') {
      const answer = await this.client.call(job.partnerHeiId, { api: CNR_API, endpoint: 'url', method: 'POST', params });
      if (answer.status !== 200) throw new PartnerRefused(answer.status);
      return;
    }
    const answer = await this.client.call(job.partnerHeiId, { api: 'omobility-las', endpoint: 'get-url', method: 'GET', params });
    if (answer.status !== 200) throw new PartnerRefused(answer.status);
    await this.partnerCopies.record(answer.body, job.sendingHeiId);
  }
}

/**
 * Why an attempt failed, short, for the outbox and the log: never the partner's document, nor a
 * refusal's detail (both may quote a student's data); a refusal here by its rule id.
 */
const reasonOf = (error: Error): string => {
  if (error instanceof DomainError) return `refused here (${error.ruleId ?? error.kind})`;
  if (error instanceof PartnerRefused || error instanceof PartnerUnavailable) return error.message;
  return `unexpected ${error.name}`;
};

/**
 * Up to `maxCount` events after the last one seen (`checkpoint`, null before any). Positions are
 * tokens, not counters (PostgreSQL's have gaps and commit out of order, KurrentDB's are commit
 * positions): the log is read from the checkpoint itself, inclusive, and that event dropped.
 */
export const eventsAfter = async (store: Pick<EventStore, 'readAll'>, checkpoint: bigint | null, maxCount: number): Promise<RecordedEvent[]> => {
  const page = await store.readAll({ ...(checkpoint !== null && { fromPosition: checkpoint }), maxCount: maxCount + 1 });
  return page.filter((event) => event.position !== checkpoint).slice(0, maxCount);
};
