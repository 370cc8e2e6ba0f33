import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/drizzle/**', '**/dist/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // Parsers and normalisers are pure: text in, records out. No I/O may creep in.
    files: ['harvesters/src/parse/**', 'harvesters/src/normalise/**', 'schema/src/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:fs', 'node:net', 'node:http', 'node:https', 'undici', 'better-sqlite3'], message: 'parsers and the schema do no I/O' }] }],
    },
  },
);
