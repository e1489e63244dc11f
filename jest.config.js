/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // Engine unit tests sit beside the code (src/**/*.test.ts); fixtures and adapter tests in tests/.
  roots: ['<rootDir>/tests', '<rootDir>/src'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  setupFiles: ['<rootDir>/tests/setup/jsdom.ts'],
  // A test that prints to the console fails (tests/setup/consoleGuard.ts): the output shows results only.
  setupFilesAfterEnv: ['<rootDir>/tests/setup/consoleGuard.ts'],
  globalSetup: '<rootDir>/tests/setup/timeZone.js',
  // UI tests on whole seed workbooks take a few seconds each on a 2-core machine.
  testTimeout: 30000,
};
