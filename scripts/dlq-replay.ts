/**
 * Sends the messages parked on `<topic>.dlq` back to `<topic>`: npm run dlq:replay -- <topic>
 * Reads KAFKA_BROKERS; the topic is the full name, prefix included (`agreement`, or `agreement.dlq`).
 */
import { ConfigService } from '@nestjs/config';
import { createKafkaJsBus, kafkaSettingsFrom, replayDeadLetters } from '@app/messaging';

async function main(): Promise<void> {
  const topic = process.argv[2];
  if (!topic) throw new Error('usage: npm run dlq:replay -- <topic>');
  const { brokers } = kafkaSettingsFrom(new ConfigService());
  const bus = createKafkaJsBus({ brokers, clientId: 'dlq-replay' });
  try {
    const replayed = await replayDeadLetters(bus, topic);
    console.log(`replayed ${replayed} message(s) from ${topic.replace(/\.dlq$/, '')}.dlq`);
  } finally {
    await bus.close();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
