import { reactionSettingsFrom } from './mail-settings';

const settingsOf = (values: Record<string, string>) => ({ get: <T>(name: string) => values[name] as T | undefined });

describe('the reactions’ settings', () => {
  it('take the defaults a newcomer needs when nothing is set', () => {
    expect(reactionSettingsFrom(settingsOf({}))).toMatchObject({ pollMs: 1000, tickMs: 60_000, reminderDays: 7, sending: true });
  });

  it('refuse an interval of 0, which would look at the queue or the due checks without pause', () => {
    expect(() => reactionSettingsFrom(settingsOf({ MAIL_POLL_MS: '0' }))).toThrow('MAIL_POLL_MS must be a number of milliseconds above 0, not 0');
    expect(() => reactionSettingsFrom(settingsOf({ REACTIONS_TICK_MS: '0' }))).toThrow('REACTIONS_TICK_MS must be a number of milliseconds above 0, not 0');
    expect(() => reactionSettingsFrom(settingsOf({ REACTIONS_TICK_MS: '-5' }))).toThrow('REACTIONS_TICK_MS must be a number of milliseconds, not -5');
    expect(reactionSettingsFrom(settingsOf({ MAIL_POLL_MS: '50', REACTIONS_TICK_MS: '3600000' }))).toMatchObject({ pollMs: 50, tickMs: 3_600_000 });
  });

  it('claim a message for ten send timeouts by default, and refuse a claim a slow send could outlive', () => {
    expect(reactionSettingsFrom(settingsOf({}))).toMatchObject({ sendTimeoutMs: 30_000, claimMs: 300_000 });
    expect(reactionSettingsFrom(settingsOf({ MAIL_SEND_TIMEOUT_MS: '1000' }))).toMatchObject({ sendTimeoutMs: 1000, claimMs: 10_000 });
    expect(reactionSettingsFrom(settingsOf({ MAIL_SEND_TIMEOUT_MS: '1000', MAIL_CLAIM_MS: '3000' }))).toMatchObject({ claimMs: 3000 });
    expect(() => reactionSettingsFrom(settingsOf({ MAIL_CLAIM_MS: '60000' }))).toThrow('MAIL_CLAIM_MS must be at least 3 times MAIL_SEND_TIMEOUT_MS (90000 milliseconds), not 60000');
    expect(() => reactionSettingsFrom(settingsOf({ MAIL_SEND_TIMEOUT_MS: '0' }))).toThrow('MAIL_SEND_TIMEOUT_MS must be a number of milliseconds above 0, not 0');
  });
});
