import { Client } from 'pg';

/** A statement as the code sent it, with its parameters. */
export interface Issued {
  sql: string;
  values: readonly unknown[];
}

/** A plan node that reads a whole large table, and the statement whose plan holds it. */
export interface FullScan {
  table: string;
  sql: string;
}

/**
 * Records every statement sent through a pg Client (the pools' clients too) until `stop`:
 * the plans are taken of what the code sends, not of a copy of it.
 */
export function recordPostgresStatements(): { issued: Issued[]; stop(): void } {
  const issued: Issued[] = [];
  const query = Client.prototype.query;
  Client.prototype.query = function (this: Client, ...args: unknown[]) {
    const [first, second] = args as [string | { text: string; values?: unknown[] }, unknown];
    if (typeof first === 'string') issued.push({ sql: first, values: Array.isArray(second) ? second : [] });
    else if (first && typeof first.text === 'string') issued.push({ sql: first.text, values: first.values ?? [] });
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  return { issued, stop: () => (Client.prototype.query = query) };
}

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; Plans?: PlanNode[] };

const seqScansIn = (node: PlanNode): string[] => [
  ...(node['Node Type'] === 'Seq Scan' && node['Relation Name'] ? [node['Relation Name']] : []),
  ...(node.Plans ?? []).flatMap(seqScansIn),
];

/** Statements that read tables: transaction control, locks, DDL and settings have no plan to look at. */
const PLANNED = /^\s*(SELECT|WITH|INSERT|UPDATE|DELETE)\b/i;
const LOCK_ONLY = /^\s*SELECT pg_advisory/i;

/**
 * The full scans of `large` tables in the plans of the statements, as PostgreSQL would run
 * them now (EXPLAIN with their parameters). A call of the append function is run too, in a
 * transaction rolled back, with auto_explain logging the plans of the statements inside it.
 */
export async function fullScans(
  client: Client,
  statements: readonly Issued[],
  large: ReadonlySet<string>,
  { onPlan }: { onPlan?: (queryText: string) => void } = {},
): Promise<FullScan[]> {
  const found: FullScan[] = [];
  const seen = new Set<string>();
  for (const { sql, values } of statements) {
    if (!PLANNED.test(sql) || LOCK_ONLY.test(sql)) continue;
    const key = `${sql}\u0000${JSON.stringify(values)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const plans = /\bml_append\(/.test(sql) ? await nestedPlans(client, sql, values) : [{ text: sql, plan: await explain(client, sql, values) }];
    for (const { text, plan } of plans) {
      onPlan?.(text);
      for (const table of seqScansIn(plan)) if (large.has(table)) found.push({ table, sql: text.replace(/\s+/g, ' ').trim() });
    }
  }
  return found;
}

async function explain(client: Client, sql: string, values: readonly unknown[]): Promise<PlanNode> {
  const { rows } = await client.query(`EXPLAIN (FORMAT JSON) ${sql}`, [...values]);
  return rows[0]['QUERY PLAN'][0].Plan;
}

/** auto_explain's plans of a statement and of every statement a function runs for it (a superuser's session). */
async function nestedPlans(client: Client, sql: string, values: readonly unknown[]): Promise<Array<{ text: string; plan: PlanNode }>> {
  const logged: string[] = [];
  const listen = (notice: { message?: string }) => notice.message && logged.push(notice.message);
  client.on('notice', listen);
  try {
    await client.query('BEGIN');
    await client.query(`LOAD 'auto_explain'`);
    await client.query(
      `SET LOCAL auto_explain.log_min_duration = 0; SET LOCAL auto_explain.log_nested_statements = on;
       SET LOCAL auto_explain.log_level = notice; SET LOCAL auto_explain.log_format = json`,
    );
    await client.query(sql, [...values]).catch(() => undefined);
  } finally {
    await client.query('ROLLBACK');
    client.off('notice', listen);
  }
  return logged.flatMap((message) => {
    if (!message.includes('plan:')) return [];
    const logged = JSON.parse(message.slice(message.indexOf('{'))) as { 'Query Text': string; Plan: PlanNode };
    return [{ text: logged['Query Text'], plan: logged.Plan }];
  });
}
