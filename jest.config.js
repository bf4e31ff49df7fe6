'use strict';

const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

// TypeScript for node-side suites: types stripped by Babel, type-checked separately by `npm run typecheck`.
const nodeTransform = [
    'babel-jest',
    {
        configFile: false,
        babelrc: false,
        presets: [['@babel/preset-typescript', { allowDeclareFields: true }]],
        plugins: ['@babel/plugin-transform-modules-commonjs']
    }
];

const esmOnly = require('./test/jest/esmOnly');

// Shared test helpers by module path (`import '#test/jest/installLabels'`) instead of `../../../..`;
// `#` cannot name an npm package or a `c/` bundle. The tsconfig files map the same specifier.
const testHelpers = { '^#test/jest/(.*)$': '<rootDir>/test/jest/$1' };

module.exports = {
    projects: [
        {
            // Components, run by sfdx-lwc-jest's preset (real LWC engine in jsdom, platform stubs).
            ...jestConfig,
            displayName: 'components',
            rootDir: __dirname,
            roots: ['<rootDir>/force-app'],
            testMatch: ['**/__tests__/**/*.test.ts'],
            setupFilesAfterEnv: [...(jestConfig.setupFilesAfterEnv || []), '<rootDir>/test/jest/sa11ySetup.js'],
            moduleNameMapper: {
                ...testHelpers,
                // Project stand-ins where sfdx-lwc-jest's own stub is missing documented exports or has
                // undocumented ones (test/platform/standInExports.test.ts compares each with the docs).
                '^lightning/graphql$': '<rootDir>/test/jest/stubs/lightning/graphql.js',
                '^lightning/uiRecordApi$': '<rootDir>/test/jest/stubs/lightning/uiRecordApi.js',
                '^lightning/refresh$': '<rootDir>/test/jest/stubs/lightning/refresh.js',
                '^lightning/uiObjectInfoApi$': '<rootDir>/test/jest/stubs/lightning/uiObjectInfoApi.js',
                '^lightning/messageService$': '<rootDir>/test/jest/stubs/lightning/messageService.js',
                '^lightning/actions$': '<rootDir>/test/jest/stubs/lightning/actions.js'
            }
        },
        {
            // Tooling, data model truth tables, preview server, org scripts: plain Node.
            displayName: 'node',
            rootDir: __dirname,
            testEnvironment: 'node',
            testMatch: [
                '<rootDir>/core/**/__tests__/**/*.test.ts',
                '<rootDir>/tools/**/__tests__/**/*.test.ts',
                '<rootDir>/scripts/**/__tests__/**/*.test.ts',
                '<rootDir>/test/**/*.test.ts',
                '<rootDir>/preview/**/__tests__/**/*.test.ts'
            ],
            testPathIgnorePatterns: [
                '/node_modules/',
                '/fixtures/',
                '<rootDir>/test/e2e/',
                '<rootDir>/test/verifier-corpus/',
                '<rootDir>/test/verifier-docs-corpus/'
            ],
            // The platform's GraphQL parser is ESM only: test/jest/esmOnly.js.
            transform: { '^.+\\.ts$': nodeTransform, ...esmOnly.transform },
            transformIgnorePatterns: esmOnly.transformIgnorePatterns,
            moduleNameMapper: testHelpers,
            // Public SFDX projects (local copy) and the committed corpus written from the Metadata API guide: data the verifier is
            // measured on, not this project's modules (the corpus has its own LWC bundles).
            modulePathIgnorePatterns: ['<rootDir>/test/verifier-corpus/', '<rootDir>/test/verifier-docs-corpus/']
        }
    ]
};
