'use strict';

const esmOnly = require('./test/jest/esmOnly');

// End-to-end tests: Playwright drives Chromium against the local preview (npm run test:e2e).
module.exports = {
    displayName: 'e2e',
    rootDir: __dirname,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'],
    maxWorkers: 1,
    // One preview build for the run; the files serve it (preview/harness/runningPreview.ts).
    globalSetup: '<rootDir>/test/e2e/support/globalSetup.ts',
    testTimeout: 120000,
    transform: {
        '^.+\\.ts$': [
            'babel-jest',
            {
                configFile: false,
                babelrc: false,
                presets: [['@babel/preset-typescript', { allowDeclareFields: true }]],
                plugins: ['@babel/plugin-transform-modules-commonjs']
            }
        ],
        // The preview server runs in-process and parses with the platform's ESM-only GraphQL parser.
        ...esmOnly.transform
    },
    transformIgnorePatterns: esmOnly.transformIgnorePatterns
};
