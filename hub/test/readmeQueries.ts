import { readFileSync } from 'node:fs';

/** The example queries of the README and the API guide, as a reader would copy them (their mutations need a key and a reachable feed, and are left out). */
export const README_QUERIES = ['../../README.md', '../../docs/api.md']
  .flatMap((file) => [...readFileSync(new URL(file, import.meta.url), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!))
  .filter((query) => !query.trimStart().startsWith('mutation'));
