import ipaddr from "ipaddr.js";

/**
 * Checks on a web address a teacher gives, before the server fetches it: only
 * http(s), no credentials, and (once resolved) only public addresses, so the
 * server cannot be used to reach the school's private network or itself. Pure.
 */
export const MAX_URL_LENGTH = 2000;

export type AddressCheck = { ok: true; url: URL } | { ok: false; error: string };

export function checkWebAddress(input: string): AddressCheck {
  const raw = input.trim();
  if (!raw) return { ok: false, error: "Enter a web address." };
  if (raw.length > MAX_URL_LENGTH) return { ok: false, error: "That web address is too long." };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return { ok: false, error: "That is not a web address. It should look like https://example.org/article." };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return { ok: false, error: "Only web pages (http:// or https://) can be read." };
  }
  if (url.username || url.password) return { ok: false, error: "Web addresses with a user name or password are not read." };
  if (!url.hostname) return { ok: false, error: "That web address has no host name." };
  return { ok: true, url };
}

export interface AddressPolicy {
  /** Only for tests that serve pages from 127.0.0.1. */
  allowLoopback: boolean;
  /** Only for tests: a name resolver in place of the system's, so a test does not hang on the machine's DNS. */
  resolve?: (host: string) => Promise<{ address: string; family: number }[]>;
}

/**
 * True for a public unicast address. Private, loopback, link-local, carrier
 * NAT, multicast, reserved, and IPv6 forms that embed or translate IPv4
 * (6to4, Teredo, NAT64) are all refused; IPv4-mapped IPv6 is judged as IPv4.
 */
export function isPublicAddress(address: string, policy: AddressPolicy): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  const range = parsed.range();
  if (range === "unicast") return true;
  return policy.allowLoopback && range === "loopback";
}
