/**
 * The value of one series in Prometheus's text format, found by name and labels in any
 * order (the registry's default labels come first or last depending on the metric type);
 * undefined when the scrape has no such series.
 */
export function sample(metrics: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([label, value]) => `${label}="${value}"`);
  for (const line of metrics.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = new Set((match[2] ?? '').split(/,(?=[a-zA-Z_]\w*=")/));
    if (wanted.every((pair) => present.has(pair))) return Number(match[3]);
  }
  return undefined;
}
