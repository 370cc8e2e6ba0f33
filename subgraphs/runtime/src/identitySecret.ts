import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLError } from 'graphql';
import { verifyIdentity, verifyService, type Identity, type ServiceName } from '@campus/schema';

/** The shortest HUB_IDENTITY_SECRET accepted, in bytes: as strong as the one made on first start. */
const MIN_SECRET_BYTES = 32;

/**
 * The secret the gateway signs callers' identities with, the parts sign their calls to each other
 * with, and the subgraphs check both by. `configured` (HUB_IDENTITY_SECRET, base64url) is how parts on
 * several machines share it; without it, it is made on first start in the data folder, readable by
 * its owner only, and processes sharing a data folder share it.
 */
export function identitySecret(dataDir: string, configured: string | null = null): Buffer {
  if (configured !== null) {
    const secret = Buffer.from(configured, 'base64url');
    if (secret.length < MIN_SECRET_BYTES) throw new Error(`HUB_IDENTITY_SECRET must be at least ${MIN_SECRET_BYTES} random bytes in base64url (openssl rand -base64 32 | tr '+/' '-_'), not ${secret.length} bytes`);
    return secret;
  }
  const file = join(dataDir, 'identity.secret');
  try {
    return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url');
  } catch {
    mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(32);
    writeFileSync(file, secret.toString('base64url'), { mode: 0o600, flag: 'wx' });
    return secret;
  }
}

/** The context field that carries the signed identity header into a subgraph's resolvers. */
export interface IdentityContext {
  identityHeader?: string;
  /** Another part of the hub's signed service header, on internal operations. */
  serviceHeader?: string;
}

/** Who is calling a subgraph: the signed header's identity, or the public. */
export function callerOf(context: unknown, secret: Buffer): Identity {
  const header = typeof context === 'object' && context !== null && 'identityHeader' in context ? context.identityHeader : undefined;
  return verifyIdentity(typeof header === 'string' ? header : undefined, secret);
}

/**
 * The part of the hub calling an internal operation, which must be one of `allowed`; anyone else
 * (the public, a partner, an admin, a forged header) is refused as not allowed.
 */
export function requireService(context: unknown, secret: Buffer, allowed: readonly ServiceName[]): ServiceName {
  const header = typeof context === 'object' && context !== null && 'serviceHeader' in context ? context.serviceHeader : undefined;
  const service = verifyService(typeof header === 'string' ? header : undefined, secret);
  if (service === null || !allowed.includes(service)) throw new GraphQLError('this operation is internal to the hub', { extensions: { code: 'FORBIDDEN' } });
  return service;
}
