// @ts-check
/**
 * ESLint (flat config): typescript-eslint's and eslint-plugin-vue's recommended rules over every source
 * tree, and import cycles refused (a cycle makes module order, and so what is initialised when, a guess).
 * `npm run lint` runs it with zero findings allowed; `.ci/run` runs it.
 */
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'cdk.out/', 'web/dist/', '.local/', 'test-results/', 'playwright-report/', 'web/components.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/essential'],
  // import-x's TypeScript settings: how it parses the modules an import points to (needed to follow cycles).
  importX.flatConfigs.typescript,
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['tsconfig.json', 'web/tsconfig.json'] })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      // `import { z } from 'zod'` pulls every zod locale (~440 KB) into each function bundle (docs/performance.md).
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod', importNames: ['z'], allowTypeImports: true, message: "Use import * as z from 'zod' (keeps zod's locales out of bundles)." }] },
      ],
      // Rest siblings: `({ PK, SK, ...rest }) => rest` is how an item loses its keys.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    // Tests read CloudFormation templates and JSON answers whose shape the assertions themselves check.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
