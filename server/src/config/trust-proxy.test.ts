import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { loadEnv } from "./env.js";
import { clientAddressOf, compileTrustProxy, parseTrustProxy, type TrustProxySetting } from "./trust-proxy.js";

/** A request as it reaches the server: the socket's peer and the X-Forwarded-For it carries. */
const request = (peer: string, forwardedFor?: string) =>
  ({
    socket: { remoteAddress: peer },
    headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor },
  }) as unknown as IncomingMessage;

const clientFor = (setting: TrustProxySetting, peer: string, forwardedFor?: string) =>
  clientAddressOf(request(peer, forwardedFor), compileTrustProxy(setting));

describe("TRUST_PROXY", () => {
  it("trusts no proxy when unset, empty or false", () => {
    expect(loadEnv({}).TRUST_PROXY).toBe(false);
    expect(loadEnv({ TRUST_PROXY: "" }).TRUST_PROXY).toBe(false);
    expect(loadEnv({ TRUST_PROXY: "false" }).TRUST_PROXY).toBe(false);
    expect(loadEnv({ TRUST_PROXY: "0" }).TRUST_PROXY).toBe(false);
  });

  it("takes a hop count or a comma-separated list of addresses, ranges and named ranges, as Express does", () => {
    expect(loadEnv({ TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
    expect(loadEnv({ TRUST_PROXY: "loopback" }).TRUST_PROXY).toEqual(["loopback"]);
    expect(
      loadEnv({ TRUST_PROXY: " loopback, 10.0.0.0/8 ,192.168.1.7, fd00::/8, 172.16.0.0/255.240.0.0, uniquelocal" }).TRUST_PROXY,
    ).toEqual(["loopback", "10.0.0.0/8", "192.168.1.7", "fd00::/8", "172.16.0.0/255.240.0.0", "uniquelocal"]);
  });

  it("refuses at start-up what Express would reject, and 'true', naming the variable", () => {
    for (const bad of ["proxy.example", "10.0.0.0/33", "loopback,,10.0.0.1", "300.1.1.1", "-1", "1.5"]) {
      expect(() => loadEnv({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY: .*(invalid|range|empty|addresses)/i);
    }
    expect(() => loadEnv({ TRUST_PROXY: "true" })).toThrow(/TRUST_PROXY: 'true' would believe any X-Forwarded-For/);
    expect(parseTrustProxy("true").ok).toBe(false);
  });
});

describe("the client address a request is counted under", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientFor(false, "127.0.0.1", "203.0.113.9")).toBe("127.0.0.1");
    expect(clientFor(false, "198.51.100.4")).toBe("198.51.100.4");
  });

  it("is the nearest untrusted hop: a client cannot choose its address by adding to the header", () => {
    expect(clientFor(["loopback"], "127.0.0.1", "203.0.113.9")).toBe("203.0.113.9");
    // The proxy appends the address it saw; what the client wrote before it is not believed.
    expect(clientFor(["loopback"], "127.0.0.1", "198.51.100.66, 203.0.113.9")).toBe("203.0.113.9");
    // A request straight from the internet is not from a trusted proxy: its header is ignored.
    expect(clientFor(["loopback"], "198.51.100.4", "203.0.113.9")).toBe("198.51.100.4");
    // IPv4 peers seen on a dual-stack socket.
    expect(clientFor(["loopback"], "::ffff:127.0.0.1", "203.0.113.9")).toBe("203.0.113.9");
    expect(clientFor(["10.0.0.0/8"], "10.1.2.3", "10.9.9.9, 203.0.113.9")).toBe("203.0.113.9");
  });

  it("counts hops for a hop count", () => {
    expect(clientFor(1, "10.1.2.3", "198.51.100.66, 203.0.113.9")).toBe("203.0.113.9");
    expect(clientFor(2, "10.1.2.3", "198.51.100.66, 203.0.113.9")).toBe("198.51.100.66");
    expect(clientFor(1, "10.1.2.3")).toBe("10.1.2.3");
  });
});
