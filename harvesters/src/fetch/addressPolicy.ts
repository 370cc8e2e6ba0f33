import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import ipaddr from 'ipaddr.js';

/**
 * Which addresses the hub may fetch feeds from: public unicast addresses, and otherwise only the
 * exact `address:port` pairs an operator allows (an intranet feed server, the bundled demo server).
 * A whole host or range is never opened: one allowed port must not expose every service beside it.
 */
export interface AddressPolicy {
  allowed: readonly Allowance[];
}

/** An allowance as it is compared: the address normalised (IPv4-mapped IPv6 read as IPv4) and its port. */
export interface Allowance {
  address: string;
  port: number;
}

/** Normalises an address so that every spelling of it compares equal (`::ffff:127.0.0.1` is `127.0.0.1`). */
function normalised(address: string): string {
  return ipaddr.process(address).toNormalizedString();
}

/**
 * Reads one `address:port` allowance; throws a sentence saying what is wrong with it, for the
 * setting that named it.
 */
export function parseAllowance(entry: string): Allowance {
  const match = entry.trim().match(/^(?:\[([0-9a-fA-F:.]+)\]|([0-9.]+)):(\d{1,5})$/);
  const address = match?.[1] ?? match?.[2];
  const port = Number(match?.[3]);
  if (!match || !address || !ipaddr.isValid(address) || port < 1 || port > 65535) {
    throw new Error(`"${entry}" is not an address and port such as 127.0.0.1:4010 or [::1]:8080 (an IP address, not a name or a range, and always a port)`);
  }
  return { address: normalised(address), port };
}

/**
 * The policy for `address:port` pairs such as `127.0.0.1:4010`, `[::1]:8080`, `10.0.0.5:443`; a
 * wrong one throws (see `parseAllowance`).
 */
export function addressPolicy(allowed: readonly string[]): AddressPolicy {
  return { allowed: allowed.map(parseAllowance) };
}

/** The same policy with more allowances. */
export function withAllowances(policy: AddressPolicy, more: readonly string[]): AddressPolicy {
  return { allowed: [...policy.allowed, ...more.map(parseAllowance)] };
}

/** Null when `address:port` may be fetched, else the reason it may not. */
export function refusalFor(address: string, port: number, policy: AddressPolicy): string | null {
  if (!ipaddr.isValid(address)) return `"${address}" is not an IP address`;
  const ip = ipaddr.process(address);
  const range = ip.range();
  if (range === 'unicast') return null;
  const key = ip.toNormalizedString();
  const allowed = policy.allowed.some((allowance) => allowance.address === key && allowance.port === port);
  return allowed ? null : `${ip.toString()} is a ${range} address, which feeds may not point at`;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A DNS lookup for one connection to `port` that refuses forbidden addresses. Checking at connect
 * time, not before, means a name that changes its answer between check and use gains nothing.
 */
export function guardedLookup(policy: AddressPolicy, port: number) {
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback): void => {
    dnsLookup(hostname, { all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const refused = addresses.map((a) => refusalFor(a.address, port, policy)).find((reason) => reason !== null);
      if (refused) return callback(Object.assign(new Error(`refused: ${hostname} resolves to ${refused}`), { code: 'EADDRREFUSED' }), []);
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      return first ? callback(null, first.address, first.family) : callback(new Error(`no address for ${hostname}`), []);
    });
  };
}
