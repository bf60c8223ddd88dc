import { ConfigService } from '@nestjs/config';
import { kafkaSettingsFrom } from './kafka-settings';

const settingsOf = (values: Record<string, string>) => kafkaSettingsFrom(new ConfigService(values));

describe('Kafka settings from the environment', () => {
  it('leaves the session timeout to the client when KAFKA_SESSION_TIMEOUT_MS is unset', () => {
    expect(settingsOf({})).not.toHaveProperty('sessionTimeoutMs');
  });

  it('reads KAFKA_SESSION_TIMEOUT_MS in milliseconds', () => {
    expect(settingsOf({ KAFKA_SESSION_TIMEOUT_MS: '10000' }).sessionTimeoutMs).toBe(10_000);
  });

  it.each(['5999', '1800001', '10s', '7500.5'])('refuses KAFKA_SESSION_TIMEOUT_MS=%s, which the broker would refuse at every join', (value) => {
    expect(() => settingsOf({ KAFKA_SESSION_TIMEOUT_MS: value })).toThrow(/KAFKA_SESSION_TIMEOUT_MS must be a whole number of milliseconds from 6000 to 1800000/);
  });
});
