/** One jest config for the whole repository: bot, store, cards, API, tab components and end-to-end tests. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'commonjs', ignoreDynamic: true },
  },
];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/bot/src', '<rootDir>/tab/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.(ts|tsx)$': swc, '/node_modules/entities/.+\\.js$': swc },
  transformIgnorePatterns: ['/node_modules/(?!entities/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  setupFiles: ['<rootDir>/test/support/jsdom-globals.ts'],
  testTimeout: 120000,
  maxWorkers: 2,
};
