import { createHmac, timingSafeEqual } from 'node:crypto';

/** Who is calling: nobody in particular (public), a partner acting for one provider, or an admin. */
export type Identity = { role: 'PUBLIC' } | { role: 'PARTNER'; providerId: string; keyId: string } | { role: 'ADMIN'; keyId: string };

export const PUBLIC: Identity = Object.freeze({ role: 'PUBLIC' });

/** The header through which the gateway tells a subgraph who is calling, signed so it cannot be forged. */
export const IDENTITY_HEADER = 'x-hub-identity';

function signature(payload: string, secret: Buffer): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

export function signIdentity(identity: Identity, secret: Buffer): string {
  const payload = Buffer.from(JSON.stringify(identity)).toString('base64url');
  return `${payload}.${signature(payload, secret)}`;
}

/** The identity a header carries if its signature holds; the public otherwise. */
export function verifyIdentity(header: string | null | undefined, secret: Buffer): Identity {
  const [payload, signed] = (header ?? '').split('.');
  if (!payload || !signed) return PUBLIC;
  const expected = Buffer.from(signature(payload, secret));
  const given = Buffer.from(signed);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return PUBLIC;
  try {
    const identity = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Identity;
    return identity.role === 'PARTNER' || identity.role === 'ADMIN' ? identity : PUBLIC;
  } catch {
    return PUBLIC;
  }
}

/**
 * The header through which one part of the hub tells another which part it is (the feeds service
 * calling the catalogue's ingest, the gateway asking the providers service about a key). Its own
 * header and its own signing context, so that no service token ever passes as a caller's identity.
 */
export const SERVICE_HEADER = 'x-hub-service';

export type ServiceName = 'gateway' | 'feeds' | 'providers';

const SERVICE_CONTEXT = 'hub-service:';

export function signService(service: ServiceName, secret: Buffer): string {
  const payload = Buffer.from(JSON.stringify({ service })).toString('base64url');
  return `${payload}.${signature(SERVICE_CONTEXT + payload, secret)}`;
}

/** The part a service header names if its signature holds; null otherwise. */
export function verifyService(header: string | null | undefined, secret: Buffer): ServiceName | null {
  const [payload, signed] = (header ?? '').split('.');
  if (!payload || !signed) return null;
  const expected = Buffer.from(signature(SERVICE_CONTEXT + payload, secret));
  const given = Buffer.from(signed);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const { service } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { service?: unknown };
    return service === 'gateway' || service === 'feeds' || service === 'providers' ? service : null;
  } catch {
    return null;
  }
}
