'use strict';

const lwcRecommendedTs = require('@salesforce/eslint-config-lwc/recommended-ts');
const tseslint = require('typescript-eslint');
const globals = require('globals');

const LWC_FILES = ['force-app/**/lwc/**/*.ts'];

/**
 * Core rules of the LWC config that misread TypeScript (a parameter name in a function type is an
 * "unused variable", a type and a value of one name a "redeclaration"): each is replaced by its
 * typescript-eslint extension with the same options. Extensions needing type information are not
 * among them; the core rules stay for those.
 */
const TS_EXTENDED_RULES = [
    'no-dupe-class-members',
    'no-empty-function',
    'no-redeclare',
    'no-shadow',
    'no-unused-expressions',
    'no-unused-vars',
    'no-use-before-define',
    'no-useless-constructor'
];
const lwcRules = Object.assign({}, ...lwcRecommendedTs.map((config) => config.rules ?? {}));
const tsExtendedRules = Object.fromEntries(
    TS_EXTENDED_RULES.filter((rule) => rule in lwcRules).flatMap((rule) => [
        [rule, 'off'],
        [`@typescript-eslint/${rule}`, lwcRules[rule]]
    ])
);
const NODE_FILES = ['core/**/*.ts', 'tools/**/*.ts', 'scripts/**/*.ts', 'test/**/*.ts', 'preview/**/*.ts', 'bench/**/*.ts'];

module.exports = [
    {
        ignores: [
            'node_modules/**',
            'force-app/**/lwc/**/*.js',
            'tools/**/fixtures/**',
            'core/**/fixtures/**',
            // Fixture components' built .js (as `npm run build` emits it), like force-app's.
            'preview/**/fixtures/lwc/**/*.js',
            'preview/dist/**',
            'build/**',
            'coverage/**',
            '.sfhome/**',
            'test/verifier-corpus/**',
            'test/verifier-docs-corpus/**'
        ]
    },
    // Components: the Salesforce LWC rules (LWC platform + Lightning + Jest), parsed by typescript-eslint
    // rather than the config's @babel/eslint-parser, whose scope analysis reports type aliases and
    // `import type` bindings as undefined or unused (test/lint/lwcRules.test.ts: the LWC rules still fire).
    ...lwcRecommendedTs.map((config) => ({ ...config, files: LWC_FILES })),
    {
        files: LWC_FILES,
        languageOptions: { parser: tseslint.parser, parserOptions: { sourceType: 'module', lib: ['es2023', 'dom', 'dom.iterable'] } },
        plugins: { '@typescript-eslint': tseslint.plugin },
        rules: {
            ...tsExtendedRules,
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
