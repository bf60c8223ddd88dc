import { basename } from 'node:path';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ERASED } from '@app/domain';
import { EventStore, InjectEventStore, personalDataOf } from '@app/event-store';
import { Access } from '@app/http';
import { ReactionStore } from '../store/reaction-store';
import { MAIL_DELIVERY, MailDelivery, REACTION_STORE } from '../nest/reactions.tokens';
import { MessagesView } from './message-record.view';

/** Messages listed at once, newest first. */
const LIMIT = 500;

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/messages')
export class MessagesController {
  constructor(
    @Inject(REACTION_STORE) private readonly store: ReactionStore,
    @Inject(MAIL_DELIVERY) private readonly delivery: MailDelivery,
    @InjectEventStore() private readonly events: EventStore,
  ) {}

  @Access('admin.messages')
  @Get()
  @ApiOperation({ summary: 'Every message the ledger recorded, with its delivery (queued, sent, failed, given up), newest first (admins)' })
  async list(): Promise<MessagesView> {
    const works = await this.store.list(LIMIT);
    const protection = personalDataOf(this.events);
    const addresses = protection ? await protection.openValues(works.map((work) => work.recipient.address), ERASED) : works.map((work) => work.recipient.address);
    return {
      transport: this.delivery.transport,
      ...(this.delivery.outbox && { outbox: this.delivery.outbox }),
      messages: works.map((work, i) => ({
        key: work.key,
        reason: work.reason,
        recipientId: work.recipient.id,
        address: String(addresses[i]),
        language: work.recipient.language,
        status: work.status,
        attempts: work.attempts,
        recordedAt: work.recordedAt,
        nextAttemptAt: work.nextAttemptAt,
        ...(work.sentAt && { sentAt: work.sentAt }),
        ...(work.lastError && { lastError: work.lastError }),
        ...(work.messageId && { messageId: work.messageId }),
        ...(work.outboxFile && { outboxFile: basename(work.outboxFile) }),
        link: work.facts.link,
      })),
    };
  }
}
