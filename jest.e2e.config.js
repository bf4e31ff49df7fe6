'use strict';

// End-to-end tests: Playwright drives Chromium against the local preview (npm run test:e2e).
module.exports = {
    displayName: 'e2e',
    rootDir: __dirname,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'],
    maxWorkers: 1,
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
        ]
    }
};
