import { gzipSync } from "node:zlib";
import type { BrowserContext, CDPSession } from "@playwright/test";
import { librariesIn, type LibraryName } from "./library-markers";

export type Resource = {
  url: string;
  kind: "script" | "stylesheet" | "font" | "other";
  /** Body bytes as they crossed the wire (gzip when the server compressed), or re-gzipped (level 6) when it did not. */
  transferBytes: number;
  rawBytes: number;
  compression: "server" | "regzip";
  /** Requested after the load event: code the page fetched on demand (e.g. the diagram renderer). */
  afterLoad: boolean;
  libraries: LibraryName[];
};

export type PageWeight = {
  url: string;
  /** The document once the network is idle, hydration data included. */
  html: string;
  resources: Resource[];
};

type Pending = { url: string; kind: Resource["kind"]; headerBytes?: number; encoding?: string; afterLoad: boolean };

const kindOf = (type: string | undefined): Resource["kind"] =>
  type === "Script" ? "script" : type === "Stylesheet" ? "stylesheet" : type === "Font" ? "font" : "other";

async function bodyOf(cdp: CDPSession, requestId: string): Promise<Buffer> {
  const { body, base64Encoded } = await cdp.send("Network.getResponseBody", { requestId });
  return Buffer.from(body, base64Encoded ? "base64" : "utf8");
}

/**
 * Loads `url` in a fresh tab of `context` with the cache off and records every response through the DevTools
 * protocol: the bytes on the wire (Network.loadingFinished.encodedDataLength minus the raw response headers), the
 * decoded body (scanned for library code) and whether it was requested before or after the load event.
 */
export async function measurePageWeight(context: BrowserContext, url: string): Promise<PageWeight> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const pending = new Map<string, Pending>();
  const done: Promise<Resource | undefined>[] = [];
  let loaded = false;
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  cdp.on("Network.requestWillBeSent", (e) =>
    pending.set(e.requestId, { url: e.request.url, kind: kindOf(e.type), afterLoad: loaded }),
  );
  cdp.on("Network.responseReceivedExtraInfo", (e) => {
    const p = pending.get(e.requestId);
    if (p && e.headersText) p.headerBytes = Buffer.byteLength(e.headersText);
  });
  cdp.on("Network.responseReceived", (e) => {
    const p = pending.get(e.requestId);
    if (!p) return;
    p.kind = kindOf(e.type);
    const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    p.encoding = headers["content-encoding"];
  });
  cdp.on("Network.loadingFinished", (e) => {
    const p = pending.get(e.requestId);
    if (!p || p.url.startsWith("data:")) return;
    done.push(
      (async () => {
        const body = await bodyOf(cdp, e.requestId).catch(() => Buffer.alloc(0));
        const compressed = !!p.encoding && p.encoding !== "identity";
        const wire = e.encodedDataLength - (p.headerBytes ?? 0);
        return {
          url: p.url,
          kind: p.kind,
          rawBytes: body.length,
          transferBytes: compressed ? wire : gzipSync(body, { level: 6 }).length,
          compression: compressed ? "server" : "regzip",
          afterLoad: p.afterLoad,
          libraries: p.kind === "script" ? librariesIn(body.toString("utf8")) : [],
        } satisfies Resource;
      })(),
    );
  });
  page.once("load", () => (loaded = true));
  await page.goto(url, { waitUntil: "load" });
  await page.waitForLoadState("networkidle");
  const html = await page.content();
  const resources = (await Promise.all(done)).filter((r): r is Resource => r !== undefined);
  await page.close();
  return { url, html, resources };
}
