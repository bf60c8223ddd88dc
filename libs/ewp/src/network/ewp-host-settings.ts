/** What configures the EWP host, from the environment. */
export type EwpHostSettings = {
  /** The SCHAC codes of the HEIs this ledger serves (EWP_HEIS, comma-separated): one host, many schools. */
  heiIds: string[];
  /** Where partners reach this host (EWP_PUBLIC_URL); the manifest's URLs and the `Host` check derive from it. */
  publicUrl: string;
  /** Where the key ring and the notification queue live (EWP_DATA_DIR). */
  dataDir: string;
  /** The Registry catalogue, a URL or a file (EWP_REGISTRY_CATALOGUE). */
  catalogue?: string;
  adminEmail: string;
  /** How long an old key stays published after a rotation (EWP_KEY_OVERLAP_HOURS, 48 by default). */
  keyOverlapMs: number;
  /** How often the work owed to partners is attempted (EWP_DELIVERY_INTERVAL_MS, 2000 by default). */
  deliveryIntervalMs: number;
};

/** A number from the environment, within bounds,, or its default; anything else stops the start with the variable named. */
const numberIn = (env: NodeJS.ProcessEnv, name: string, fallback: number, { min, max }: { min: number; max: number }): number => {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) throw new Error(`${name} must be a number from ${min} to ${max}, not "${raw}"`);
  return value;
};

export const ewpHostSettingsFrom = (env: NodeJS.ProcessEnv): EwpHostSettings => ({
  heiIds: (env.EWP_HEIS ?? '')
    .split(',')
    .map((id) => id.trim().toLowerCase())
    .filter(Boolean),
  publicUrl: (env.EWP_PUBLIC_URL ?? `http://127.0.0.1:${env.PORT ?? 3000}`).replace(/\/+$/, ''),
  dataDir: env.EWP_DATA_DIR ?? './data/ewp',
  ...(env.EWP_REGISTRY_CATALOGUE && { catalogue: env.EWP_REGISTRY_CATALOGUE }),
  adminEmail: env.EWP_ADMIN_EMAIL ?? 'ewp-admin@example.org',
  // At most a year: beyond, the retirement date would leave the range a Date can hold long before that matters.
  keyOverlapMs: numberIn(env, 'EWP_KEY_OVERLAP_HOURS', 48, { min: 0, max: 24 * 366 }) * 60 * 60 * 1000,
  // setInterval takes at most 2^31 - 1 ms; below 100 ms the loop would only spin.
  deliveryIntervalMs: numberIn(env, 'EWP_DELIVERY_INTERVAL_MS', 2000, { min: 100, max: 2 ** 31 - 1 }),
});

/** The host's API paths, under the app's `/api` prefix; the manifest and the routes share them. */
export const HOST_PATHS = {
  manifests: 'ewp/host/manifests',
  echo: 'ewp/host/echo',
  institutions: 'ewp/host/institutions',
  lasIndex: 'ewp/host/las/index',
  lasGet: 'ewp/host/las/get',
  lasUpdate: 'ewp/host/las/update',
  lasStats: 'ewp/host/las/stats',
  laCnr: 'ewp/host/la-cnr',
} as const;

export const hostUrl = (settings: Pick<EwpHostSettings, 'publicUrl'>, path: keyof typeof HOST_PATHS): string => `${settings.publicUrl}/api/${HOST_PATHS[path]}`;

/** One manifest per HEI (Discovery v6 allows one HEI per manifest): `.../manifests/<hei-id>.xml`. */
export const manifestUrl = (settings: Pick<EwpHostSettings, 'publicUrl'>, heiId: string): string =>
  `${settings.publicUrl}/api/${HOST_PATHS.manifests}/${encodeURIComponent(heiId)}.xml`;
