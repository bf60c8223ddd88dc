/** One JSON object per line, so a log shipper (or a test reading a child's stdout) parses it. */
export type RelayLog = (level: 'info' | 'warn' | 'error', message: string, fields?: Record<string, unknown>) => void;

export const jsonLinesLog =
  (component: string): RelayLog =>
  (level, message, fields) =>
    process.stdout.write(`${JSON.stringify({ level, time: new Date().toISOString(), component, message, ...fields })}\n`);
