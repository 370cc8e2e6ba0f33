import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * A worker thread running a TypeScript module, loaded through tsx's API as the hub runs from
 * source: on Node 20 a worker cannot take the `--import tsx` loader of its process (".ts" stays an
 * unknown extension). `from` is the module asking, against which `entry` was resolved.
 */
export function typeScriptWorker(entry: URL, from: string, workerData: unknown): Worker {
  // The ES module build of tsx's API, as its package's exports name it.
  const require = createRequire(from);
  const manifest = require.resolve('tsx/package.json');
  const { exports } = require(manifest) as { exports: Record<string, { import: { default: string } }> };
  const api = pathToFileURL(join(dirname(manifest), exports['./esm/api']!.import.default)).href;
  const script = `import(${JSON.stringify(api)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(from)}));`;
  return new Worker(script, { eval: true, workerData });
}
