// Three projects: unit (pure logic, beside the code), integration (real Neo4j), e2e (real Chromium).
// The global setup starts one managed Neo4j for the whole run unless only unit tests are selected.
const transform = {
  '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' }, module: { type: 'es6' } }],
};
const common = {
  transform,
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
};
export default {
  ...common,
  // Per-project testTimeout is ignored by Jest 30; integration and e2e need minutes, unit tests never wait.
  testTimeout: 180000,
  globalSetup: './tests/setup/global-setup.ts',
  globalTeardown: './tests/setup/global-teardown.ts',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/server/**/*.test.ts', '<rootDir>/client/**/*.test.ts', '<rootDir>/client/**/*.test.tsx', '<rootDir>/tests/unit/**/*.test.ts', '<rootDir>/bench/**/*.test.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/tests/integration/**/*.test.ts'] },
    { ...common, displayName: 'reliability', testMatch: ['<rootDir>/tests/reliability/**/*.test.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'] },
  ],
};
