import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyIdentity, type Identity } from '@campus/schema';

/**
 * The secret the gateway signs callers' identities with and the subgraphs check them by; made on
 * first start in the data folder, readable by its owner only. Processes sharing a data folder share it.
 */
export function identitySecret(dataDir: string): Buffer {
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
}

/** Who is calling a subgraph: the signed header's identity, or the public. */
export function callerOf(context: unknown, secret: Buffer): Identity {
  const header = typeof context === 'object' && context !== null && 'identityHeader' in context ? context.identityHeader : undefined;
  return verifyIdentity(typeof header === 'string' ? header : undefined, secret);
}
