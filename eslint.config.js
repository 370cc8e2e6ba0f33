import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const IO_MODULES = ['node:fs', 'node:fs/promises', 'node:net', 'node:http', 'node:https', 'node:dns', 'undici', 'better-sqlite3'];

const BROWSER_GLOBALS = Object.fromEntries(
  ['HTMLElement', 'URL', 'URLSearchParams', 'clearTimeout', 'customElements', 'document', 'fetch', 'location', 'setTimeout', 'window', 'navigator'].map((name) => [name, 'readonly']),
);

/** The dependency directions of DESIGN.md, written as lint rules rather than hopes. */
function boundary(files, forbidden, message, extra = []) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [...forbidden, ...extra].map((name) => ({ name, message })) },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/drizzle/**', '**/dist/**', 'data/**', 'test-output/**', '**/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The widget and the pages' scripts are plain browser JavaScript served as is, so they see the browser's globals.
    files: ['gateway/widget/**/*.js', 'gateway/portal/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: BROWSER_GLOBALS,
    },
  },
  { files: ['gateway/portal/**/*.js'], languageOptions: { sourceType: 'module' } },
  boundary(['schema/src/**'], ['@campus/harvesters', '@campus/catalog', '@campus/providers', '@campus/feeds', '@campus/gateway', '@campus/hub', '@campus/subgraph-runtime'], 'schema/ imports nothing of ours and does no I/O', IO_MODULES),
  boundary(['harvesters/src/**'], ['@campus/catalog', '@campus/catalog/ingest', '@campus/providers', '@campus/feeds', '@campus/gateway', '@campus/subgraph-runtime'], 'harvesters import only schema/'),
  boundary(['harvesters/src/parse/**', 'harvesters/src/normalise/**'], ['@campus/catalog', '@campus/providers', '@campus/feeds', '@campus/gateway', '@campus/subgraph-runtime'], 'parsers and normalisers are pure: text in, records out', IO_MODULES),
  boundary(['subgraphs/catalog/src/**'], ['@campus/providers', '@campus/feeds', '@campus/harvesters', '@campus/gateway'], 'a subgraph never imports another subgraph'),
  boundary(['subgraphs/providers/src/**'], ['@campus/catalog', '@campus/catalog/ingest', '@campus/feeds', '@campus/harvesters', '@campus/gateway'], 'a subgraph never imports another subgraph'),
  boundary(['subgraphs/feeds/src/**'], ['@campus/catalog', '@campus/providers', '@campus/gateway'], 'feeds reaches the catalogue only through @campus/catalog/ingest'),
  boundary(['gateway/src/**'], ['@campus/catalog', '@campus/catalog/ingest', '@campus/providers', '@campus/feeds', '@campus/harvesters', '@campus/demo', '@campus/hub'], 'the gateway reaches subgraphs over GraphQL only; the hub command wires them'),
  boundary(['subgraphs/runtime/src/**'], ['@campus/catalog', '@campus/providers', '@campus/feeds', '@campus/harvesters', '@campus/gateway'], 'the subgraph runtime knows no subgraph'),
);
