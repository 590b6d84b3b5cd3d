/**
 * Host identity. A short name matches the first label of a fully qualified
 * one (nn1 ~ nn1.example.com), so hosts are keyed by their first label,
 * lower-cased; IP addresses are keyed whole.
 */
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

export function isIpAddress(name: string): boolean {
  return IPV4.test(name) || name.includes(':');
}

/** Addresses that name no particular machine. */
export function isWildcard(name: string): boolean {
  return name === '' || name === '0.0.0.0' || name === '::' || name === '*';
}

export function hostKey(name: string): string {
  const lower = name.toLowerCase();
  return isIpAddress(lower) ? lower : lower.split('.')[0]!;
}

export function sameHost(a: string, b: string): boolean {
  return hostKey(a) === hostKey(b);
}
