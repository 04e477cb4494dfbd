import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@/lib/security/csp";
import { newNonce } from "@/lib/security/nonce";
import { securityHeaders, siteMode, STRICT_TRANSPORT_SECURITY } from "@/lib/security/response-headers";

const NONCE = "QmoiCpZ7cPsOyFnJmyA8VQ==";

/** The policy as directive → sources, as a browser reads it. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe("the Content-Security-Policy", () => {
  const production = directives(contentSecurityPolicy({ nonce: NONCE, dev: false, https: true }));

  it("runs only scripts with this response's nonce (and what they load), never inline code or eval", () => {
    expect(production.get("script-src")).toEqual(["'self'", `'nonce-${NONCE}'`, "'strict-dynamic'"]);
    expect(production.get("default-src")).toEqual(["'self'"]);
    expect(production.get("object-src")).toEqual(["'none'"]);
    expect(production.get("base-uri")).toEqual(["'none'"]);
  });

  it("lets no page be framed and no form post elsewhere", () => {
    expect(production.get("frame-ancestors")).toEqual(["'none'"]);
    expect(production.get("form-action")).toEqual(["'self'"]);
  });

  it("allows inline styles (KaTeX, shiki, mermaid) without a style nonce, which would switch 'unsafe-inline' off", () => {
    expect(production.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(production.get("font-src")).toEqual(["'self'"]);
    expect(production.get("connect-src")).toEqual(["'self'"]);
  });

  it("adds 'unsafe-eval' for React's dev tooling only under next dev", () => {
    const dev = directives(contentSecurityPolicy({ nonce: NONCE, dev: true, https: false }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(production.get("script-src")).not.toContain("'unsafe-eval'");
    expect(dev.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("upgrades insecure requests only on an https site", () => {
    expect(production.has("upgrade-insecure-requests")).toBe(true);
    const http = directives(contentSecurityPolicy({ nonce: NONCE, dev: false, https: false }));
    expect(http.has("upgrade-insecure-requests")).toBe(false);
  });

  it("refuses a nonce that could end the directive or add a source", () => {
    for (const nonce of ["", "short", `${NONCE}' 'unsafe-inline`, `${NONCE}; script-src *`, `${NONCE}\r\nX: y`])
      expect(() => contentSecurityPolicy({ nonce, dev: false, https: false }), nonce).toThrow();
  });
});

describe("the site's mode", () => {
  it("is https only when SITE_URL is, and never under next dev", () => {
    expect(siteMode("production", "https://goldmine.example.edu")).toEqual({ dev: false, https: true });
    expect(siteMode("production", "http://localhost:3000")).toEqual({ dev: false, https: false });
    expect(siteMode("production", undefined)).toEqual({ dev: false, https: false });
    expect(siteMode("development", "https://goldmine.example.edu")).toEqual({ dev: true, https: false });
    expect(siteMode("test", undefined)).toEqual({ dev: false, https: false });
  });
});

describe("the per-response headers", () => {
  it("send HSTS (two years, subdomains) only on an https site", () => {
    const https = securityHeaders(NONCE, siteMode("production", "https://goldmine.example.edu"));
    expect(https["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect(STRICT_TRANSPORT_SECURITY).toBe("max-age=63072000; includeSubDomains");
    expect(securityHeaders(NONCE, siteMode("production", "http://localhost:3000"))).not.toHaveProperty(
      "strict-transport-security",
    );
    expect(securityHeaders(NONCE, siteMode("development", undefined))).not.toHaveProperty("strict-transport-security");
  });

  it("always send the CSP, built around the nonce given", () => {
    const headers = securityHeaders(NONCE, { dev: false, https: false });
    expect(headers["content-security-policy"]).toContain(`'nonce-${NONCE}'`);
  });
});

describe("the nonce", () => {
  it("is fresh each time, 128 random bits, and accepted by the policy", () => {
    const nonces = Array.from({ length: 50 }, newNonce);
    expect(new Set(nonces).size).toBe(50);
    for (const nonce of nonces) {
      expect(Buffer.from(nonce, "base64")).toHaveLength(16);
      expect(() => contentSecurityPolicy({ nonce, dev: false, https: false })).not.toThrow();
    }
  });
});
