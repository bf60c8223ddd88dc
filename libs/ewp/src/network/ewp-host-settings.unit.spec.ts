import { ewpHostSettingsFrom } from './ewp-host-settings';

describe('the EWP host settings', () => {
  it('reads the delivery interval and the key overlap, with their defaults', () => {
    expect(ewpHostSettingsFrom({})).toMatchObject({ deliveryIntervalMs: 2000, keyOverlapMs: 48 * 60 * 60 * 1000 });
    expect(ewpHostSettingsFrom({ EWP_DELIVERY_INTERVAL_MS: '250', EWP_KEY_OVERLAP_HOURS: '0.5' })).toMatchObject({ deliveryIntervalMs: 250, keyOverlapMs: 30 * 60 * 1000 });
  });

  it('refuses at start a value that would spin the delivery loop or break a rotation, naming the variable', () => {
    expect(() => ewpHostSettingsFrom({ EWP_DELIVERY_INTERVAL_MS: 'two seconds' })).toThrow(/EWP_DELIVERY_INTERVAL_MS/);
    expect(() => ewpHostSettingsFrom({ EWP_DELIVERY_INTERVAL_MS: '0' })).toThrow(/EWP_DELIVERY_INTERVAL_MS/);
    expect(() => ewpHostSettingsFrom({ EWP_KEY_OVERLAP_HOURS: 'NaN' })).toThrow(/EWP_KEY_OVERLAP_HOURS/);
    expect(() => ewpHostSettingsFrom({ EWP_KEY_OVERLAP_HOURS: '1e12' })).toThrow(/EWP_KEY_OVERLAP_HOURS/);
  });
});
