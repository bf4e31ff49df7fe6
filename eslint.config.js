'use strict';

const lwcRecommendedTs = require('@salesforce/eslint-config-lwc/recommended-ts');
const tseslint = require('typescript-eslint');
const globals = require('globals');

const LWC_FILES = ['force-app/**/lwc/**/*.ts'];
const NODE_FILES = ['core/**/*.ts', 'tools/**/*.ts', 'scripts/**/*.ts', 'test/**/*.ts', 'preview/**/*.ts', 'bench/**/*.ts'];

module.exports = [
    {
        ignores: [
            'node_modules/**',
            'force-app/**/lwc/**/*.js',
            'tools/**/fixtures/**',
            'preview/dist/**',
            'build/**',
            'coverage/**',
            '.sfhome/**',
            'test/verifier-corpus/**',
            'test/verifier-docs-corpus/**'
        ]
    },
    // Components: the Salesforce LWC rules (LWC platform + Lightning + Jest), TypeScript parser.
    ...lwcRecommendedTs.map((config) => ({ ...config, files: LWC_FILES })),
    {
        files: LWC_FILES,
        rules: {
            // lightning/*, @salesforce/* and c/* resolve on the platform, not in node_modules.
            'import/no-unresolved': 'off',
            '@lwc/lwc/no-inner-html': 'error',
            '@lwc/lwc/no-document-query': 'error',
            'no-eval': 'error',
            'no-implied-eval': 'error'
        }
    },
    // Node-side tooling, preview server, tests of tooling: typescript-eslint's recommended rules.
    ...tseslint.configs.recommended.map((config) => ({ ...config, files: NODE_FILES })),
    {
        files: NODE_FILES,
        languageOptions: { globals: { ...globals.node, ...globals.jest } },
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
            'no-eval': 'error'
        }
    }
];
