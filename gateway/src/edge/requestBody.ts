import type { IncomingMessage } from 'node:http';
import getRawBody from 'raw-body';

export type RequestBody = { kind: 'read'; text: string } | { kind: 'too-large' } | { kind: 'unreadable' };

/**
 * Reads a request body up to `limit` bytes with `raw-body` (Express's reader). A body announced or
 * found too large is left unread, and the caller answers 413; Node then discards the rest, so the
 * client reads the answer instead of a reset connection.
 */
export async function readRequestBody(request: IncomingMessage, limit: number): Promise<RequestBody> {
  try {
    const text = await getRawBody(request, { limit, length: request.headers['content-length'], encoding: 'utf8' });
    return { kind: 'read', text };
  } catch (error) {
    const type = (error as { type?: string }).type;
    return type === 'entity.too.large' ? { kind: 'too-large' } : { kind: 'unreadable' };
  }
}
