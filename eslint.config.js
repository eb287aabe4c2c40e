import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = ['sidebar', 'tables', 'brief-detail', 'charts', 'export', 'import', 'loading'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'bench/corpora', '.demo-briefs', 'public', '.scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.app.json', 'tsconfig.node.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-cycle': 'error',
      'import-x/no-duplicates': 'error',
      'import-x/first': 'error',
      'import-x/no-self-import': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // one-way flow: core -> store -> features -> app
            { target: './src/core', from: ['./src/store', './src/features', './src/app', './src/cli'] },
            { target: './src/store', from: ['./src/features', './src/app'] },
            { target: './src/features', from: ['./src/app'] },
            // features do not import each other
            ...FEATURES.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`, './shared'],
            })),
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*', '@tanstack/*', 'recharts'],
              message: 'src/core is framework-free.',
            },
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'src/core runs in the browser too: no Node APIs.',
            },
          ],
        },
      ],
    },
  },
);
