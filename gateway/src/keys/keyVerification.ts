import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Identity } from '@campus/schema';
import { callService, type ServiceTarget } from '@campus/subgraph-runtime';
import { KeyIdentityDocument } from '../generated/keyOperations';

/** Who a key stands for: null for an unknown or revoked key. Throws when no one can tell now. */
export type KeyVerifier = (key: string) => Identity | null | Promise<Identity | null>;

/** Keys remembered at most, answers of either kind: a busy hub's callers, bounded. */
const MAX_CACHED_KEYS = 10_000;

/**
 * Keys checked by the providers service in another process: each answer (known or not) is
 * remembered for `cacheSeconds`, so that a request costs no call, and a key revoked there is refused
 * here within that time. Keys are remembered by their hash, never as sent.
 */
export function remoteKeyVerifier(target: Omit<ServiceTarget, 'name' | 'caller'>, cacheSeconds: number): KeyVerifier {
  const service: ServiceTarget = { ...target, name: 'the providers service', caller: 'gateway' };
  const answers = new LRUCache<string, { identity: Identity | null }>({ max: MAX_CACHED_KEYS, ttl: cacheSeconds * 1000 });
  const lookups = new Map<string, Promise<Identity | null>>();
  const lookUp = async (key: string): Promise<Identity | null> => {
    const found = (await callService(service, KeyIdentityDocument, { key })).keyIdentity;
    if (!found) return null;
    if (found.role === 'ADMIN') return { role: 'ADMIN', keyId: found.keyId };
    return { role: 'PARTNER', keyId: found.keyId, providerId: found.providerId ?? '' };
  };
  return async (key) => {
    const hash = createHash('sha256').update(key).digest('base64url');
    const cached = answers.get(hash);
    if (cached) return cached.identity;
    // Requests that arrive together with one new key share one lookup.
    let lookup = lookups.get(hash);
    if (!lookup) {
      lookup = lookUp(key).finally(() => lookups.delete(hash));
      lookups.set(hash, lookup);
    }
    const identity = await lookup;
    if (cacheSeconds > 0) answers.set(hash, { identity });
    return identity;
  };
}
