import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { expect, it } from 'vitest';
import config from '../../codegen';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

it('the committed generated types and operation manifest are what the SDL and operations make now (npm run codegen)', async () => {
  const outputs = await generate({ ...config, cwd: ROOT, silent: true }, false);
  expect(outputs.length).toBeGreaterThanOrEqual(7);
  for (const { filename, content } of outputs) {
    expect(readFileSync(new URL(filename, `file://${ROOT}`), 'utf8'), `${filename} is out of date: run npm run codegen and commit it`).toBe(content);
  }
}, 60_000);
