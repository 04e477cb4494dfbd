import { describe, expect, it } from "vitest";
import { clientAddress, requestedHost } from "@/lib/auth/forwarded";

describe("the client's address, for per-address limits", () => {
  it("with no proxy in front, is the socket's address: an X-Forwarded-For the client sent changes nothing", () => {
    expect(clientAddress("203.0.113.7", undefined, 0)).toBe("203.0.113.7");
    expect(clientAddress("203.0.113.7", "1.2.3.4", 0)).toBe("203.0.113.7");
    expect(clientAddress("203.0.113.7", ["1.2.3.4", "5.6.7.8"], 0)).toBe("203.0.113.7");
  });

  it("behind one proxy that appends (nginx's $proxy_add_x_forwarded_for), is what that proxy saw, not the first entry", () => {
    // The attacker sent "X-Forwarded-For: 1.2.3.4"; nginx appended the real peer, 198.51.100.9.
    expect(clientAddress("10.0.0.2", "1.2.3.4, 198.51.100.9", 1)).toBe("198.51.100.9");
    expect(clientAddress("10.0.0.2", "198.51.100.9", 1)).toBe("198.51.100.9");
  });

  it("behind two proxies, is two hops left of the socket", () => {
    expect(clientAddress("10.0.0.3", "1.2.3.4, 198.51.100.9, 10.0.0.2", 2)).toBe("198.51.100.9");
  });

  it("when a proxy sent no header, falls back to the leftmost address it has rather than failing", () => {
    expect(clientAddress("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
  });

  it("counts an IPv4 client on an IPv6 socket as one address", () => {
    expect(clientAddress("::ffff:203.0.113.7", undefined, 0)).toBe("203.0.113.7");
    expect(clientAddress("::1", undefined, 0)).toBe("::1");
    expect(clientAddress(undefined, undefined, 0)).toBe("unknown");
  });
});

describe("the host the visitor asked for, for the Origin check", () => {
  it("with no proxy, is the Host header: a client's X-Forwarded-Host is ignored", () => {
    expect(requestedHost("goldmine.example.edu", "evil.example", 0)).toBe("goldmine.example.edu");
  });

  it("behind a trusted proxy, is the value the proxy wrote", () => {
    expect(requestedHost("10.0.0.11:3000", "goldmine.example.edu", 1)).toBe("goldmine.example.edu");
    expect(requestedHost("10.0.0.11:3000", "evil.example, goldmine.example.edu", 1)).toBe("goldmine.example.edu");
    expect(requestedHost("10.0.0.11:3000", undefined, 1)).toBe("10.0.0.11:3000");
  });
});
