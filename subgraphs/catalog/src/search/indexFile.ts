import { createHash } from 'node:crypto';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

/** The typed arrays a saved index holds. */
export type SavedArray = Uint8Array | Uint16Array | Int16Array | Uint32Array | Float64Array;

const KINDS = { Uint8Array, Uint16Array, Int16Array, Uint32Array, Float64Array } as const;
type Kind = keyof typeof KINDS;

/** What an index file holds: the change number it is at, plain data, and typed arrays by name. */
export interface IndexFileContent {
  change: number;
  data: unknown;
  arrays: Record<string, SavedArray>;
}

/** Bumped whenever what is saved changes shape: an older file is then rebuilt, not misread. */
const FORMAT = 'campus-search-index 1';
const MAGIC = Buffer.from('CAMPUSIX');

interface Header {
  format: string;
  change: number;
  /** SHA-1 of everything after the header. */
  digest: string;
  dataBytes: number;
  arrays: { name: string; kind: Kind; length: number }[];
}

/** Why a file cannot be used, in a sentence for the log. */
export class IndexFileError extends Error {}

const padding = (bytes: number): number => (8 - (bytes % 8)) % 8;

/**
 * Writes the content to `path` whole or not at all (a file beside it, renamed over it), so that
 * a process killed while writing leaves the last complete file. Layout: magic, the header's
 * length, the header (JSON), then the data (JSON) and each array's bytes, each on 8 bytes.
 */
export async function writeIndexFile(path: string, content: IndexFileContent): Promise<void> {
  const data = Buffer.from(JSON.stringify(content.data));
  const parts: Buffer[] = [data, Buffer.alloc(padding(data.length))];
  const arrays: Header['arrays'] = [];
  for (const [name, array] of Object.entries(content.arrays)) {
    const bytes = Buffer.from(array.buffer, array.byteOffset, array.byteLength);
    parts.push(bytes, Buffer.alloc(padding(bytes.length)));
    arrays.push({ name, kind: array.constructor.name as Kind, length: array.length });
  }
  const digest = createHash('sha1');
  for (const part of parts) digest.update(part);
  const header = Buffer.from(JSON.stringify({ format: FORMAT, change: content.change, digest: digest.digest('hex'), dataBytes: data.length, arrays } satisfies Header));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const temporary = `${path}.${process.pid}-${threadId}.tmp`;
  const file = await open(temporary, 'w');
  try {
    await file.writev([MAGIC, length, header, ...parts]);
    await file.sync();
  } catch (error) {
    await file.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await file.close();
  await rename(temporary, path);
}

/** Whether a process of this number runs (the writer of a temporary file). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the temporary files of writers that were killed while writing (`path.<pid>-<thread>.tmp`). */
export async function removeLeftovers(path: string): Promise<void> {
  const prefix = `${basename(path)}.`;
  const names = await readdir(dirname(path)).catch(() => []);
  for (const name of names) {
    const pid = /^(\d+)-\d+\.tmp$/.exec(name.startsWith(prefix) ? name.slice(prefix.length) : '')?.[1];
    if (pid && !running(Number(pid))) await rm(join(dirname(path), name), { force: true });
  }
}

/**
 * Reads a file `writeIndexFile` wrote, each array straight into its own memory (no copy of the
 * whole file is held: at a million offerings it is 300 MB); anything else (missing, cut short,
 * altered, of another format) is an IndexFileError.
 */
export async function readIndexFile(path: string): Promise<IndexFileContent> {
  let file;
  try {
    file = await open(path);
  } catch (error) {
    throw new IndexFileError((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is none yet' : `it cannot be read (${(error as Error).message})`);
  }
  try {
    const size = (await file.stat()).size;
    let at = 0;
    const read = async (into: Uint8Array): Promise<void> => {
      const { bytesRead } = await file.read(into, 0, into.length, at);
      if (bytesRead !== into.length) throw new IndexFileError('it is cut short');
      at += into.length;
    };
    const start = Buffer.alloc(MAGIC.length + 4);
    if (size < start.length) throw new IndexFileError('it is not a saved search index');
    await read(start);
    if (!start.subarray(0, MAGIC.length).equals(MAGIC)) throw new IndexFileError('it is not a saved search index');
    const headerBytes = start.readUInt32LE(MAGIC.length);
    if (headerBytes > size - at) throw new IndexFileError('it is cut short');
    const headerBuffer = Buffer.alloc(headerBytes);
    await read(headerBuffer);
    let header: Header;
    try {
      header = JSON.parse(headerBuffer.toString()) as Header;
    } catch {
      throw new IndexFileError('its header is damaged');
    }
    if (header.format !== FORMAT) throw new IndexFileError(`it was saved in another format (${String(header.format)})`);
    const sizes = header.arrays.map(({ kind, length }) => (Object.hasOwn(KINDS, kind) && Number.isInteger(length) && length >= 0 ? length * KINDS[kind].BYTES_PER_ELEMENT : Number.NaN));
    const expected = at + header.dataBytes + padding(header.dataBytes) + sizes.reduce((sum, bytes) => sum + bytes + padding(bytes), 0);
    if (Number.isNaN(expected)) throw new IndexFileError('its header is damaged');
    if (expected !== size) throw new IndexFileError(expected > size ? 'it is cut short' : 'it is longer than its header says');
    const digest = createHash('sha1');
    const readPart = async (into: Uint8Array): Promise<void> => {
      await read(into);
      digest.update(into);
      const pad = Buffer.alloc(padding(into.length));
      await read(pad);
      digest.update(pad);
    };
    const dataBuffer = Buffer.alloc(header.dataBytes);
    await readPart(dataBuffer);
    const arrays: Record<string, SavedArray> = {};
    for (const [i, { name, kind, length }] of header.arrays.entries()) {
      const array = new KINDS[kind](length);
      await readPart(new Uint8Array(array.buffer, 0, sizes[i]));
      arrays[name] = array;
    }
    if (digest.digest('hex') !== header.digest) throw new IndexFileError('its contents do not match their checksum (altered)');
    try {
      return { change: header.change, data: JSON.parse(dataBuffer.toString()) as unknown, arrays };
    } catch {
      throw new IndexFileError('its data is damaged');
    }
  } finally {
    await file.close();
  }
}
