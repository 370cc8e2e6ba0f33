import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import { Kind, parse } from 'graphql';
import type { ErrorCode } from '@campus/schema';

/** One of the operations the hub's own widget and portal send, as `npm run codegen` registered it. */
export interface RegisteredOperation {
  /** SHA-256 of `document`, in hex: what a client sends as `extensions.persistedQuery.sha256Hash`. */
  hash: string;
  name: string;
  document: string;
}

const MANIFEST = new URL('../generated/operations/persisted-documents.json', import.meta.url);
const SHA256_HEX = /^[0-9a-f]{64}$/;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The registered operations by hash: the manifest graphql-codegen writes at build time. */
export class OperationManifest {
  readonly #byHash: ReadonlyMap<string, RegisteredOperation>;

  constructor(documents: Record<string, string>) {
    this.#byHash = new Map(
      Object.entries(documents).map(([id, document]) => {
        const hash = id.replace(/^sha256:/, '');
        const operation = parse(document).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
        return [hash, { hash, name: operation?.name?.value ?? '', document }];
      }),
    );
  }

  static load(): OperationManifest {
    return new OperationManifest(JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>);
  }

  /** The operations of these names, for a page's script to send by hash (its text too, for an older hub). */
  named(names: readonly string[]): Record<string, { hash: string; query: string }> {
    return Object.fromEntries([...this.#byHash.values()].filter((o) => names.includes(o.name)).map((o) => [o.name, { hash: o.hash, query: o.document }]));
  }

  /**
   * Apollo Server's cache of persisted queries, which always holds the registered ones: a client
   * may send their hash alone from its first request on. Others are kept as automatic persisted
   * queries (APQ) as before. Apollo prefixes its keys with "apq:".
   */
  persistedQueryCache(others: KeyValueCache<string> = new InMemoryLRUCache<string>()): KeyValueCache<string> {
    return {
      get: async (key) => this.#byHash.get(key.replace(/^apq:/, ''))?.document ?? (await others.get(key)),
      set: (key, value, options) => others.set(key, value, options),
      delete: (key) => others.delete(key),
    };
  }

  /** Whether a request runs a registered operation: by its hash, or by its text. */
  registers(request: PersistedOperationRequest): boolean {
    const hash = hashOf(request);
    if (typeof hash === 'string' && this.#byHash.has(hash)) return typeof request.query !== 'string' || sha256(request.query) === hash;
    return typeof request.query === 'string' && this.#byHash.has(sha256(request.query));
  }
}

/** The parts of a GraphQL-over-HTTP request that name its operation. */
export interface PersistedOperationRequest {
  query?: unknown;
  extensions?: unknown;
}

export type OperationAdmission =
  /** `publiclyCacheable`: a registered operation asked by GET without a key, the same for every visitor. */
  | { admitted: true; publiclyCacheable: boolean }
  | { admitted: false; status: number; code: ErrorCode; message: string; headers?: Record<string, string> };

/**
 * Whether the edge passes a request on to Apollo Server. A malformed hash is refused with 400.
 * With `registeredOnly` (HUB_REGISTERED_OPERATIONS_ONLY), a caller without a key runs only the
 * registered operations: an unknown hash is not found (the APQ cache may hold what a keyed
 * caller sent), and any other text is refused naming the setting. Whether an operation is
 * registered is asked only where the answer matters: of callers without a key.
 */
export function admitOperation(request: PersistedOperationRequest, manifest: OperationManifest, rule: { registeredOnly: boolean; keyless: boolean; get: boolean }): OperationAdmission {
  const hash = hashOf(request);
  if (hash !== undefined && (typeof hash !== 'string' || !SHA256_HEX.test(hash))) {
    return { admitted: false, status: 400, code: 'BAD_REQUEST', message: 'extensions.persistedQuery.sha256Hash must be a SHA-256 hash: 64 lower-case hexadecimal digits' };
  }
  if (!rule.keyless || (!rule.registeredOnly && !rule.get)) return { admitted: true, publiclyCacheable: false };
  const registered = manifest.registers(request);
  if (registered || !rule.registeredOnly) return { admitted: true, publiclyCacheable: registered && rule.get };
  if (typeof hash === 'string' && typeof request.query !== 'string') {
    // As Apollo Server answers an unknown hash (GraphQL-over-HTTP's PersistedQueryNotFound).
    return { admitted: false, status: 200, code: 'PERSISTED_QUERY_NOT_FOUND', message: 'PersistedQueryNotFound', headers: { 'cache-control': 'private, no-cache, must-revalidate' } };
  }
  return {
    admitted: false,
    status: 400,
    code: 'OPERATION_NOT_REGISTERED',
    message: "this hub runs only its registered operations for callers without an API key (the operator turned HUB_REGISTERED_OPERATIONS_ONLY on): send a registered operation's hash, or an API key",
  };
}

function hashOf(request: PersistedOperationRequest): unknown {
  if (typeof request.extensions !== 'object' || request.extensions === null || !('persistedQuery' in request.extensions)) return undefined;
  const persisted = request.extensions.persistedQuery;
  return typeof persisted === 'object' && persisted !== null && 'sha256Hash' in persisted ? persisted.sha256Hash : null;
}
