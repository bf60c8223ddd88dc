import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class MessageRecordView {
  @ApiProperty({ description: 'The idempotency key: reason, cause (stream@revision or due check) and recipient' }) key!: string;
  @ApiProperty({ enum: ['turn-to-sign', 'rejected', 'in-force', 'recognition-decided', 'signature-reminder', 'survey-invitation', 'survey-reminder', 'digest'] })
  reason!: string;
  @ApiProperty({ description: 'Who in the ledger: student:<account> or <party>:<institution>' }) recipientId!: string;
  @ApiProperty({ description: "The address, opened for the admin; '[erased]' once the student's data is erased" }) address!: string;
  @ApiProperty({ enum: ['en', 'fr'] }) language!: string;
  @ApiProperty({ enum: ['queued', 'sent', 'failed', 'given-up', 'held', 'digested'] }) status!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty() recordedAt!: string;
  @ApiProperty({ description: 'When it is (or was last) tried' }) nextAttemptAt!: string;
  @ApiPropertyOptional() sentAt?: string;
  @ApiPropertyOptional() lastError?: string;
  @ApiPropertyOptional() messageId?: string;
  @ApiPropertyOptional({ description: 'The .eml file written in DATA_DIR/outbox, when no SMTP server is configured' }) outboxFile?: string;
  @ApiProperty({ description: 'The page the message links to' }) link!: string;
}

export class MessagesView {
  @ApiProperty({ enum: ['smtp', 'outbox'], description: 'Where messages go: the SMTP server of SMTP_URL, or .eml files in the outbox folder' })
  transport!: 'smtp' | 'outbox';
  @ApiPropertyOptional({ description: 'The outbox folder, when messages are written there' }) outbox?: string;
  @ApiProperty({ type: [MessageRecordView] }) messages!: MessageRecordView[];
}
