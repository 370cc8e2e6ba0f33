import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface RateLimitSettings {
  /** Requests a minute from one client address without a key; 0 turns the limit off. */
  perAddress: number;
  /** Requests a minute with one key; 0 turns the limit off. */
  perKey: number;
  /** Wrong keys one address may send before each further one makes it wait twice as long. */
  wrongKeysAllowed: number;
}

/** Whether a request may go on, and the headers that tell the client its budget. */
export type Admission = { allowed: true; headers: Record<string, string> } | { allowed: false; retryAfterSeconds: number; headers: Record<string, string> };

const WINDOW_SECONDS = 60;
const WRONG_KEY_WINDOW_SECONDS = 15 * 60;
const LONGEST_LOCKOUT_SECONDS = 15 * 60;

function budgetHeaders(limit: number, result: RateLimiterRes): Record<string, string> {
  const reset = Math.max(1, Math.ceil(result.msBeforeNext / 1000));
  // RateLimit-* as the IETF draft names them (and @fastify/rate-limit, express-rate-limit send them).
  return {
    'ratelimit-policy': `${limit};w=${WINDOW_SECONDS}`,
    'ratelimit-limit': String(limit),
    'ratelimit-remaining': String(Math.max(0, result.remainingPoints)),
    'ratelimit-reset': String(reset),
  };
}

/**
 * The edge's rate limits (`rate-limiter-flexible`, in memory: one gateway process holds them):
 * a budget per key and per client address, and for wrong keys from one address a wait that doubles
 * with each one beyond the allowance, up to a quarter of an hour, so that keys cannot be guessed.
 */
export class RateLimits {
  readonly #perAddress: RateLimiterMemory | null;
  readonly #perKey: RateLimiterMemory | null;
  readonly #wrongKeys: RateLimiterMemory;
  readonly #lockouts = new RateLimiterMemory({ keyPrefix: 'lockout', points: 1, duration: 1 });

  constructor(private readonly settings: RateLimitSettings) {
    this.#perAddress = settings.perAddress > 0 ? new RateLimiterMemory({ keyPrefix: 'address', points: settings.perAddress, duration: WINDOW_SECONDS }) : null;
    this.#perKey = settings.perKey > 0 ? new RateLimiterMemory({ keyPrefix: 'key', points: settings.perKey, duration: WINDOW_SECONDS }) : null;
    this.#wrongKeys = new RateLimiterMemory({ keyPrefix: 'wrong', points: Math.max(1, settings.wrongKeysAllowed), duration: WRONG_KEY_WINDOW_SECONDS });
  }

  /** Counts one request against a key's budget (`keyId`) or else its address's. */
  async admit(caller: { keyId: string } | { address: string }): Promise<Admission> {
    const [limiter, limit, id] = 'keyId' in caller ? [this.#perKey, this.settings.perKey, caller.keyId] : [this.#perAddress, this.settings.perAddress, caller.address];
    if (!limiter) return { allowed: true, headers: {} };
    try {
      return { allowed: true, headers: budgetHeaders(limit, await limiter.consume(id)) };
    } catch (refused) {
      if (!(refused instanceof RateLimiterRes)) throw refused;
      const retryAfterSeconds = Math.max(1, Math.ceil(refused.msBeforeNext / 1000));
      return { allowed: false, retryAfterSeconds, headers: { ...budgetHeaders(limit, refused), 'retry-after': String(retryAfterSeconds) } };
    }
  }

  /** Seconds an address must still wait before it may try a key again; 0 when it may now. */
  async lockedOutFor(address: string): Promise<number> {
    const lock = await this.#lockouts.get(address);
    return lock && lock.consumedPoints > 1 ? Math.max(1, Math.ceil(lock.msBeforeNext / 1000)) : 0;
  }

  /** A wrong key from `address`: beyond the allowance, each one locks the address out twice as long. */
  async wrongKey(address: string): Promise<void> {
    try {
      await this.#wrongKeys.consume(address);
    } catch (refused) {
      if (!(refused instanceof RateLimiterRes)) throw refused;
      const beyond = refused.consumedPoints - this.settings.wrongKeysAllowed;
      await this.#lockouts.block(address, Math.min(LONGEST_LOCKOUT_SECONDS, 2 ** (beyond - 1)));
    }
  }

  /** A right key forgives the address its wrong ones. */
  async rightKey(address: string): Promise<void> {
    await this.#wrongKeys.delete(address);
  }
}
