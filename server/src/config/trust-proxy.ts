import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";

/*
 * Which client address a request is counted under (rate limits per address: self-referral, evaluation).
 * Behind a reverse proxy every request arrives from the proxy, so every family would share one limit;
 * TRUST_PROXY says which hops may be believed when they name the client in X-Forwarded-For. The rule is
 * compiled once and applied with proxy-addr (the library behind Express's `req.ip`) to every GraphQL
 * request and WebSocket upgrade, in `clientAddressOf`: the two transports cannot disagree.
 */

/** TRUST_PROXY parsed: not trusted, a hop count, or the proxies' addresses and ranges. */
export type TrustProxySetting = false | number | string[];
export type TrustProxy = (address: string, hop: number) => boolean;

const NAMED_RANGES = ["loopback", "linklocal", "uniquelocal"];

/**
 * What Express's `trust proxy` accepts, as an environment variable: unset or `false` (no proxy: the
 * socket's address is the client's), a hop count (`1`: one proxy in front), or comma-separated addresses
 * and CIDR ranges of the proxies, with `loopback`, `linklocal` and `uniquelocal` for those ranges.
 * `true` (believe every hop) is refused: any client could then pick its own address, and its own limit.
 */
export function parseTrustProxy(raw: string | undefined): { ok: true; value: TrustProxySetting } | { ok: false; message: string } {
  const text = raw?.trim() ?? "";
  if (text === "" || text === "false") return { ok: true, value: false };
  if (text === "true")
    return {
      ok: false,
      message:
        "'true' would believe any X-Forwarded-For a client sends, so anyone could choose their own rate limit. Give the number of proxies in front (e.g. 1) or their addresses (e.g. loopback or 10.0.0.0/8).",
    };
  if (/^\d+$/.test(text)) return { ok: true, value: Number(text) || false };
  const entries = text.split(",").map((entry) => entry.trim());
  if (entries.some((entry) => entry === ""))
    return { ok: false, message: "Give a hop count, or proxies' addresses or ranges separated by commas, with none empty." };
  try {
    proxyaddr.compile(entries);
  } catch (error) {
    return {
      ok: false,
      message: `${(error as Error).message}. Give a hop count, or proxies' addresses or CIDR ranges (or ${NAMED_RANGES.join(", ")}) separated by commas.`,
    };
  }
  return { ok: true, value: entries };
}

/** The setting as the function Express and proxy-addr call for each hop, nearest first. */
export function compileTrustProxy(setting: TrustProxySetting): TrustProxy {
  if (setting === false) return () => false;
  if (typeof setting === "number") return (_address, hop) => hop < setting;
  return proxyaddr.compile(setting);
}

/** The client's address for an HTTP request or a WebSocket upgrade (as Express's `req.ip` would be with this rule). */
export function clientAddressOf(request: IncomingMessage, trust: TrustProxy): string {
  return proxyaddr(request, trust) ?? "unknown";
}
