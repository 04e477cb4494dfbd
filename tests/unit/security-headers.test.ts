import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { BOOT_SCRIPT } from "@/lib/preferences/boot-script";
import { BOOT_SCRIPT_HASH } from "@/lib/security/boot-script-hash";
import { inlineScriptHashes, scriptHash } from "@/lib/security/inline-scripts";
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

  it("lets the site's own service worker and manifest load (strict-dynamic would otherwise ignore 'self' for workers)", () => {
    expect(production.get("worker-src")).toEqual(["'self'"]);
    expect(production.get("manifest-src")).toEqual(["'self'"]);
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
    const https = securityHeaders({ nonce: NONCE }, siteMode("production", "https://goldmine.example.edu"));
    expect(https["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect(STRICT_TRANSPORT_SECURITY).toBe("max-age=63072000; includeSubDomains");
    expect(securityHeaders({ nonce: NONCE }, siteMode("production", "http://localhost:3000"))).not.toHaveProperty(
      "strict-transport-security",
    );
    expect(securityHeaders({ nonce: NONCE }, siteMode("development", undefined))).not.toHaveProperty(
      "strict-transport-security",
    );
  });

  it("always send the CSP, built around the nonce given", () => {
    const headers = securityHeaders({ nonce: NONCE }, { dev: false, https: false });
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

describe("the CSP of a prerendered page", () => {
  const html = `<html><head><script>boot()</script><script src="/_next/static/chunks/a.js" async></script></head>
<body><script>self.__next_f.push([1,"x"])</script><script type="module">self.__next_f.push([1,"x"])</script></body></html>`;

  it("lists the hash of each distinct inline script in the page, and no external one", () => {
    const hashes = inlineScriptHashes(html);
    expect(hashes).toEqual([scriptHash("boot()"), scriptHash('self.__next_f.push([1,"x"])')]);
    // The value browsers compute: base64 of the SHA-256 of the script's exact text.
    expect(scriptHash("boot()")).toBe(`'sha256-${createHash("sha256").update("boot()").digest("base64")}'`);
  });

  it("runs only those scripts and our own files: no nonce (the page is the same for everyone), no 'strict-dynamic'", () => {
    const hashes = inlineScriptHashes(html);
    const policy = directives(contentSecurityPolicy({ hashes, dev: false, https: false }));
    expect(policy.get("script-src")).toEqual(["'self'", ...hashes]);
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("refuses a policy that would allow no inline script at all, and anything that is not a sha256 source", () => {
    expect(() => contentSecurityPolicy({ dev: false, https: false })).toThrow();
    expect(() => contentSecurityPolicy({ hashes: ["'unsafe-inline'"], dev: false, https: false })).toThrow();
  });

  it("allows the boot script by its hash on pages rendered per request too, beside their nonce", () => {
    const policy = directives(
      contentSecurityPolicy({ nonce: NONCE, hashes: [BOOT_SCRIPT_HASH], dev: false, https: false }),
    );
    expect(policy.get("script-src")).toEqual(["'self'", `'nonce-${NONCE}'`, BOOT_SCRIPT_HASH, "'strict-dynamic'"]);
    expect(BOOT_SCRIPT_HASH).toBe(scriptHash(BOOT_SCRIPT));
  });
});
