/**
 * docker-compose.yml and the Dockerfile, checked without a Docker engine: every service can
 * start (an image or a build, an npm script that exists), every variable given to an app is
 * one the code reads, every dependency is waited for until healthy, no two services publish
 * the same host port, and the image holds what the scripts start.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { parse } from 'yaml';

const ROOT = resolve(__dirname, '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

interface ComposeService {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  command?: string | string[];
  environment?: Record<string, unknown> | string[];
  depends_on?: string[] | Record<string, { condition?: string; required?: boolean }>;
  healthcheck?: { test?: string | string[]; disable?: boolean };
  ports?: Array<string | number | { target: number; published?: number | string }>;
  profiles?: string[];
  volumes?: Array<string | { type?: string; source?: string; target: string }>;
}

interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

// merge: the file shares environment blocks through YAML anchors and `<<` merge keys, as Compose does.
const compose = parse(read('docker-compose.yml'), { merge: true }) as ComposeFile;
const services = compose.services;
const serviceNames = Object.keys(services);
const appServices = Object.entries(services).filter(([, service]) => service.build !== undefined);
const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;

/** The variables Compose substitutes, replaced by their default (`${X:-d}`) or a stand-in. */
const substituted = (value: string): string => value.replace(/\$\{(\w+)(?::?[-?]([^}]*))?\}/g, (_, _name: string, fallback?: string) => fallback ?? 'x');

function environmentOf(service: ComposeService): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(env.map((entry) => (entry.includes('=') ? [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)] : [entry, ''])));
  }
  return Object.fromEntries(Object.entries(env).map(([name, value]) => [name, value === null || value === undefined ? '' : String(value)]));
}

function dependenciesOf(service: ComposeService): Record<string, { condition?: string; required?: boolean }> {
  const dependsOn = service.depends_on ?? {};
  return Array.isArray(dependsOn) ? Object.fromEntries(dependsOn.map((name) => [name, {}])) : dependsOn;
}

const tokens = (command: string | string[]): string[] => (Array.isArray(command) ? command : command.trim().split(/\s+/));

/** The scripts an `npm run <script>` command names (also inside `sh -c "..."`). */
function npmScripts(command: string | string[]): string[] {
  const words = tokens(command).flatMap((token) => token.trim().split(/\s+/));
  return words.flatMap((word, i) => (word === 'npm' && (words[i + 1] === 'run' || words[i + 1] === 'run-script') ? [words[i + 2] ?? ''] : []));
}

/** The hosts a value names: URLs, `host:port` and comma-separated lists of them. */
function hostsIn(value: string): string[] {
  return substituted(value)
    .split(',')
    .map((part) => part.trim())
    .flatMap((part) => {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(part)) {
        try {
          return [new URL(part).hostname];
        } catch {
          return [];
        }
      }
      const hostPort = /^([a-z0-9.-]+):\d+$/i.exec(part);
      return hostPort ? [hostPort[1]] : [];
    });
}

interface PortMapping {
  published?: number;
  target: number;
}

function portsOf(service: ComposeService): PortMapping[] {
  return (service.ports ?? []).map((entry) => {
    if (typeof entry === 'object') return { target: Number(entry.target), published: entry.published === undefined ? undefined : Number(entry.published) };
    const parts = String(entry).replace(/\/(tcp|udp)$/, '').split(':');
    const target = Number(parts[parts.length - 1]);
    return { target, published: parts.length >= 2 ? Number(parts[parts.length - 2]) : undefined };
  });
}

/** The port the app listens on: the entry points read PORT (HTTP services) or RELAY_PORT (the relay). */
const listeningPort = (service: ComposeService): number | undefined => {
  const env = environmentOf(service);
  const port = env.PORT ?? env.RELAY_PORT;
  return port === undefined ? undefined : Number(port);
};

function healthcheckUrl(service: ComposeService): URL | undefined {
  const test = service.healthcheck?.test;
  if (!test) return undefined;
  const match = /https?:\/\/[^\s'"`)]+/.exec(tokens(test).join(' '));
  return match ? new URL(match[0]) : undefined;
}

// --- what the code reads -------------------------------------------------------------------

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (entry === 'node_modules' || entry === 'schemas') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Comments name variables too (`LOG_LEVEL sets the level`); only code counts. */
const withoutComments = (source: string): string => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\'"`])\/\/.*$/gm, '$1');

/** Read as a string ('NAME', settings.get('NAME'), env['NAME']) or a property (process.env.NAME, env.NAME). */
function readsVariable(name: string, sources: readonly string[]): boolean {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return false;
  const pattern = new RegExp(`(['"\`])${name}\\1|\\.${name}\\b`);
  return sources.some((source) => pattern.test(source));
}

const codeSources = ['apps', 'libs'].flatMap((dir) => sourceFiles(join(ROOT, dir))).map((file) => withoutComments(readFileSync(file, 'utf8')));
const unread = (names: readonly string[], sources: readonly string[] = codeSources): string[] => names.filter((name) => !readsVariable(name, sources));

// --- the Dockerfile ------------------------------------------------------------------------

interface Instruction {
  keyword: string;
  args: string;
}

interface Stage {
  name?: string;
  instructions: Instruction[];
}

function dockerfileStages(text: string): Stage[] {
  const lines = text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const stages: Stage[] = [];
  for (const line of lines) {
    const [, keyword, args] = /^(\S+)\s*(.*)$/.exec(line)!;
    if (keyword.toUpperCase() === 'FROM') stages.push({ name: /\sAS\s+(\S+)/i.exec(args)?.[1], instructions: [] });
    stages[stages.length - 1]?.instructions.push({ keyword: keyword.toUpperCase(), args });
  }
  return stages;
}

const argsOf = (stage: Stage, keyword: string): string[] => stage.instructions.filter((i) => i.keyword === keyword).map((i) => i.args);

/** ENV A=b C=d, or the legacy ENV A b. */
function envOf(stage: Stage): Record<string, string> {
  return Object.fromEntries(
    argsOf(stage, 'ENV').flatMap((args) =>
      args.includes('=') ? [...args.matchAll(/(\w+)=("[^"]*"|\S*)/g)].map(([, name, value]) => [name, value.replace(/^"|"$/g, '')]) : [[args.split(/\s+/)[0], args.split(/\s+/).slice(1).join(' ')]],
    ),
  );
}

/** COPY [--from=x] [--chown=..] src... dest, with dest resolved against WORKDIR. */
function copiesOf(stage: Stage): Array<{ from?: string; sources: string[]; destination: string }> {
  let workdir = '/';
  const copies: Array<{ from?: string; sources: string[]; destination: string }> = [];
  for (const { keyword, args } of stage.instructions) {
    if (keyword === 'WORKDIR') workdir = posix.resolve(workdir, args);
    if (keyword !== 'COPY') continue;
    const words = args.split(/\s+/);
    const from = words.find((word) => word.startsWith('--from='))?.slice('--from='.length);
    const paths = words.filter((word) => !word.startsWith('--'));
    const sources = paths.slice(0, -1);
    const target = paths[paths.length - 1];
    // `COPY a ./` puts a in the folder: the destination is the folder plus the source's name.
    const intoFolder = target.endsWith('/') || target === '.';
    copies.push({ from, sources, destination: posix.resolve(workdir, target, intoFolder && sources.length === 1 ? posix.basename(sources[0]) : '') });
  }
  return copies;
}

const jsonCommand = (args: string): string[] => JSON.parse(args) as string[];

// -------------------------------------------------------------------------------------------

describe('docker-compose.yml', () => {
  it('runs the services apart and, under a profile, the all-in-one ledger', () => {
    const expected = { agreements: 'start:prod:agreements', recognition: 'start:prod:recognition', projections: 'start:prod:projections', relay: 'start:prod:relay', ledger: 'start:prod' };
    for (const [name, script] of Object.entries(expected)) {
      expect({ name, scripts: npmScripts(services[name]?.command ?? []) }).toEqual({ name, scripts: [script] });
    }
    expect(services.ledger.profiles).toEqual(['all-in-one']);
    expect(services.kurrentdb.profiles).toEqual(['kurrentdb']);
    for (const name of ['agreements', 'recognition', 'projections', 'relay']) {
      expect({ name, profiles: services[name].profiles }).toEqual({ name, profiles: undefined });
      expect({ name, store: environmentOf(services[name]).EVENT_STORE }).toEqual({ name, store: 'postgres' });
    }
  });

  it('gives every service an image or a build', () => {
    const without = serviceNames.filter((name) => !services[name].image && !services[name].build);
    expect(without).toEqual([]);
  });

  it('starts every app with an npm script that package.json defines', () => {
    const unknown = appServices.flatMap(([name, service]) => {
      const named = npmScripts(service.command ?? []);
      if (service.command !== undefined && named.length === 0) return [`${name}: not an npm script: ${tokens(service.command).join(' ')}`];
      return named.filter((script) => !(script in scripts)).map((script) => `${name}: npm run ${script}`);
    });
    expect(unknown).toEqual([]);
  });

  it('sets on the apps only variables the code reads', () => {
    const unknown = appServices.flatMap(([name, service]) => unread(Object.keys(environmentOf(service))).map((variable) => `${name}: ${variable}`));
    expect(unknown).toEqual([]);
  });

  it('would catch a misspelt variable, and a variable only a comment names', () => {
    expect(unread(['DATABASE_URL', 'DATABSE_URL', 'KAFKA_BROKERS', 'KAFKA_BROKER'])).toEqual(['DATABSE_URL', 'KAFKA_BROKER']);
    const commentOnly = [withoutComments('/** FOO_BAR sets it */\n// and FOO_BAZ too\nconst url = "http://x"; // FOO_QUX\n')];
    expect(unread(['FOO_BAR', 'FOO_BAZ', 'FOO_QUX'], commentOnly)).toEqual(['FOO_BAR', 'FOO_BAZ', 'FOO_QUX']);
    expect(unread(['FOO_BAR', 'FOO_BAZ'], ["settings.get('FOO_BAR'); process.env.FOO_BAZ"])).toEqual([]);
  });

  it('gives every app the settings its store needs', () => {
    const missing = appServices.flatMap(([name, service]) => {
      const env = environmentOf(service);
      const needs = { postgres: ['DATABASE_URL'], kurrentdb: ['KURRENTDB_URL'], sqlite: [] as string[] }[env.EVENT_STORE ?? 'sqlite'];
      if (!needs) return [`${name}: EVENT_STORE=${env.EVENT_STORE}`];
      return needs.filter((variable) => !env[variable]).map((variable) => `${name}: ${variable}`);
    });
    expect(missing).toEqual([]);
    const kafkaless = ['projections', 'relay'].filter((name) => !hostsIn(environmentOf(services[name]).KAFKA_BROKERS ?? '').some((host) => host in services));
    expect(kafkaless).toEqual([]);
  });

  it('takes the token secret from the environment, never from the file', () => {
    const httpServices = appServices.filter(([name]) => name !== 'relay');
    const literal = httpServices.filter(([, service]) => !/^\$\{AUTH_JWT_SECRET(:?[-?][^}]*)?\}$/.test(environmentOf(service).AUTH_JWT_SECRET ?? ''));
    expect(literal.map(([name]) => name)).toEqual([]);
  });

  it('checks the health of every app on /health/ready, on the port it listens on', () => {
    const wrong = appServices.flatMap(([name, service]) => {
      const port = listeningPort(service);
      const url = healthcheckUrl(service);
      if (port === undefined) return [`${name}: neither PORT nor RELAY_PORT set`];
      if (!url) return [`${name}: no healthcheck URL`];
      const problems: string[] = [];
      if (url.pathname !== '/health/ready') problems.push(`${name}: healthcheck on ${url.pathname}`);
      if (Number(url.port) !== port) problems.push(`${name}: healthcheck on port ${url.port}, listens on ${port}`);
      // The image has node and no curl: the probe is node's fetch.
      if (tokens(service.healthcheck!.test!)[1] !== 'node' || !tokens(service.healthcheck!.test!).join(' ').includes('fetch(')) problems.push(`${name}: healthcheck is not node's fetch`);
      if (!portsOf(service).some((mapping) => mapping.target === port)) problems.push(`${name}: port ${port} not published`);
      return problems;
    });
    expect(wrong).toEqual([]);
  });

  it('names only existing services in depends_on, each waited for until healthy', () => {
    const wrong = Object.entries(services).flatMap(([name, service]) =>
      Object.entries(dependenciesOf(service)).flatMap(([dependency, { condition }]) => {
        if (!(dependency in services)) return [`${name} -> ${dependency}: no such service`];
        if (condition !== 'service_healthy') return [`${name} -> ${dependency}: condition ${condition}`];
        if (!services[dependency].healthcheck?.test) return [`${name} -> ${dependency}: which has no healthcheck`];
        // A service started by default cannot wait on one that runs only under a profile.
        if (!service.profiles && services[dependency].profiles) return [`${name} -> ${dependency}: only under ${services[dependency].profiles!.join(', ')}`];
        return [];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('makes every app wait for the services its settings name', () => {
    const missing = appServices.flatMap(([name, service]) => {
      const named = new Set(Object.values(environmentOf(service)).flatMap(hostsIn).filter((host) => host in services && host !== name));
      return [...named].filter((host) => dependenciesOf(service)[host]?.condition !== 'service_healthy').map((host) => `${name} -> ${host}`);
    });
    expect(missing).toEqual([]);
    expect(Object.keys(dependenciesOf(services.projections)).sort()).toEqual(['kafka', 'postgres']);
    expect(Object.keys(dependenciesOf(services.relay)).sort()).toEqual(['kafka', 'postgres']);
  });

  it('publishes no host port twice', () => {
    const published = Object.entries(services).flatMap(([name, service]) => portsOf(service).flatMap(({ published }) => (published === undefined ? [] : [{ name, published }])));
    const taken = new Map<number, string>();
    const collisions = published.flatMap(({ name, published: port }) => {
      const holder = taken.get(port);
      taken.set(port, name);
      return holder ? [`${port}: ${holder} and ${name}`] : [];
    });
    expect(collisions).toEqual([]);
    expect(published.length).toBeGreaterThanOrEqual(appServices.length);
  });

  it('keeps the SQLite file of the ledger on a declared volume', () => {
    const ledger = services.ledger;
    const path = environmentOf(ledger).SQLITE_PATH;
    expect(path).toBeDefined();
    const mounts = (ledger.volumes ?? []).map((volume) => (typeof volume === 'string' ? { source: volume.split(':')[0], target: volume.split(':')[1] } : volume));
    const mount = mounts.find((volume) => posix.dirname(path) === volume.target);
    expect(mount).toBeDefined();
    const named = Object.values(services)
      .flatMap((service) => service.volumes ?? [])
      .map((volume) => (typeof volume === 'string' ? volume.split(':')[0] : (volume.source ?? '')))
      .filter((source) => source && !source.startsWith('.') && !source.startsWith('/'));
    expect(named.filter((source) => !(source in (compose.volumes ?? {})))).toEqual([]);
  });
});

describe('Dockerfile', () => {
  const stages = dockerfileStages(read('Dockerfile'));
  const final = stages[stages.length - 1];
  const builder = stages.find((stage) => stage.name && copiesOf(final).some((copy) => copy.from === stage.name));
  const workdir = posix.resolve('/', argsOf(final, 'WORKDIR').pop() ?? '/');

  it('builds every app in a stage of its own, installs with npm ci and leaves the dev dependencies behind', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(builder).toBeDefined();
    const runs = argsOf(builder!, 'RUN').join(' && ');
    expect(runs).toMatch(/\bnpm ci\b/);
    expect(runs).toMatch(/\bnpm run build\b/);
    expect(runs).toMatch(/\bnpm prune --omit=dev\b/);
    const nest = JSON.parse(read('nest-cli.json')) as { projects: Record<string, { type: string }> };
    const applications = Object.entries(nest.projects).filter(([, project]) => project.type === 'application').map(([name]) => name);
    const built = [...scripts.build.matchAll(/nest build (\S+)/g)].map(([, name]) => name);
    expect(built.sort()).toEqual(applications.sort());
  });

  it('copies the built code and the dependencies into the final stage', () => {
    const copied = copiesOf(final).filter((copy) => copy.from === builder!.name);
    const destinations = copied.map((copy) => posix.relative(workdir, copy.destination));
    expect(destinations).toEqual(expect.arrayContaining(['dist', 'node_modules', 'package.json']));
  });

  it('starts something the image holds: its command and every script compose runs start code from dist', () => {
    const cmd = jsonCommand(argsOf(final, 'CMD').pop()!);
    const started = [...npmScripts(cmd), ...appServices.flatMap(([, service]) => npmScripts(service.command ?? []))];
    expect(started.length).toBeGreaterThan(1);
    const wrong = [...new Set(started)].flatMap((script) => {
      const entry = /^node (dist\/apps\/([\w-]+)\/apps\/([\w-]+)\/src\/main)$/.exec(scripts[script] ?? '');
      if (!entry) return [`${script}: ${scripts[script]}`];
      // dist/apps/<app>/apps/<app>/src/main is what `nest build` makes of apps/<app>/src/main.ts.
      if (entry[2] !== entry[3] || !existsSync(join(ROOT, 'apps', entry[3], 'src/main.ts'))) return [`${script}: no apps/${entry[3]}/src/main.ts`];
      return [];
    });
    expect(wrong).toEqual([]);
  });

  it('exposes the port of every app', () => {
    const exposed = argsOf(final, 'EXPOSE').flatMap((args) => args.split(/\s+/)).map((port) => Number(port.replace(/\/tcp$/, '')));
    const ports = appServices.map(([, service]) => listeningPort(service));
    expect(ports.filter((port) => !exposed.includes(port!))).toEqual([]);
  });

  it('ships the EWP schemas where EWP_SCHEMAS_DIR points, and sets only variables the code reads', () => {
    const env = envOf(final);
    expect(unread(Object.keys(env))).toEqual([]);
    expect(env.EWP_SCHEMAS_DIR).toBeDefined();
    const copy = copiesOf(final).find((c) => c.destination === posix.resolve(workdir, env.EWP_SCHEMAS_DIR));
    expect(copy).toBeDefined();
    expect(copy!.sources.map((source) => posix.relative(workdir, posix.resolve(workdir, source)))).toEqual(['libs/ewp/schemas']);
    expect(existsSync(join(ROOT, 'libs/ewp/schemas/catalog.xml'))).toBe(true);
  });

  it('ships the web pages where the ledger looks for them (WEB_ROOT unset: apps/web/dist under the working directory)', () => {
    expect(envOf(final).WEB_ROOT).toBeUndefined();
    const output = /vite build (\S+)/.exec(scripts['build:web'] ?? '')?.[1];
    expect(output).toBe('apps/web');
    const copy = copiesOf(final).find((c) => c.destination === posix.resolve(workdir, 'apps/web/dist'));
    expect(copy?.from).toBe(builder!.name);
    expect(copy!.sources.map((source) => posix.relative(workdir, posix.resolve(workdir, source)))).toEqual(['apps/web/dist']);
  });
});
