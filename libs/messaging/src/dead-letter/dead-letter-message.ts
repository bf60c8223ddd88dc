import { IncomingMessage, MessageHeaders, OutgoingMessage } from '../port';

export const DEAD_LETTER_SUFFIX = '.dlq';

/** Headers a parked message carries besides its own: why, where from, and who gave up. */
export const DEAD_LETTER_HEADERS = {
  error: 'dlq-error',
  originalTopic: 'dlq-original-topic',
  originalPartition: 'dlq-original-partition',
  originalOffset: 'dlq-original-offset',
  consumer: 'dlq-consumer',
  attempts: 'dlq-attempts',
  parkedAt: 'dlq-parked-at',
} as const;

export function deadLetterTopicOf(topic: string): string {
  return topic + DEAD_LETTER_SUFFIX;
}

export function deadLetterOf(message: IncomingMessage, error: Error, consumer: string, attempts: number): OutgoingMessage {
  return {
    topic: deadLetterTopicOf(message.topic),
    // The original key keeps a stream's parked events on one partition, in order.
    key: message.key ?? '',
    value: message.value,
    headers: {
      ...message.headers,
      [DEAD_LETTER_HEADERS.error]: `${error.name}: ${error.message}`.slice(0, 2000),
      [DEAD_LETTER_HEADERS.originalTopic]: message.topic,
      [DEAD_LETTER_HEADERS.originalPartition]: String(message.partition),
      [DEAD_LETTER_HEADERS.originalOffset]: message.offset,
      [DEAD_LETTER_HEADERS.consumer]: consumer,
      [DEAD_LETTER_HEADERS.attempts]: String(attempts),
      [DEAD_LETTER_HEADERS.parkedAt]: new Date().toISOString(),
    },
  };
}

/** The parked message as it was first published, sent back to its own topic. */
export function replayOf(parked: IncomingMessage): OutgoingMessage {
  const headers: MessageHeaders = {};
  for (const [name, value] of Object.entries(parked.headers)) {
    if (!name.startsWith('dlq-')) headers[name] = value;
  }
  const topic = parked.headers[DEAD_LETTER_HEADERS.originalTopic] ?? parked.topic.slice(0, -DEAD_LETTER_SUFFIX.length);
  return { topic, key: parked.key ?? '', value: parked.value, headers };
}
