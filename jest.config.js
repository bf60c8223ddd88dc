// One project per kind of test, named by the file suffix (x.unit.spec.ts, x.int.spec.ts, x.e2e.spec.ts).
// ts-jest only transpiles (isolatedModules): types are checked once by `npm run typecheck`.
const base = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.spec.json', diagnostics: false }],
    // jose ships ES modules only; Jest (unlike Node 20) cannot require them untransformed.
    '/node_modules/jose/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs' }, diagnostics: false }],
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@app/([a-z-]+)$': '<rootDir>/libs/$1/src',
    '^@app/([a-z-]+)/(.*)$': '<rootDir>/libs/$1/src/$2',
  },
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  // A bound on a hung test, not a speed check (speed is the benchmarks'): a story of HTTP
  // commands on PostgreSQL may take more than Jest's default 5 s on a busy 2-core machine.
  testTimeout: 30_000,
};

module.exports = {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['**/*.unit.spec.ts'] },
    { ...base, displayName: 'int', testMatch: ['**/*.int.spec.ts'] },
    { ...base, displayName: 'e2e', testMatch: ['**/*.e2e.spec.ts'] },
    // Needs a broker (npm run kafka:start); run on its own by npm run test:kafka, not by npm test.
    { ...base, displayName: 'kafka', testMatch: ['**/*.kafka.spec.ts'] },
    // Headless Chromium (/usr/bin/chromium, or CHROMIUM_PATH) driven by playwright-core over the built pages.
    { ...base, displayName: 'browser', testMatch: ['**/*.browser.spec.ts'] },
  ],
};
