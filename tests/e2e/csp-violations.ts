import type { Page } from "@playwright/test";

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Collects every Content-Security-Policy violation of a page, through both channels a browser has: the
 * `securitypolicyviolation` event (registered before any of the page's own scripts run, on every document the page
 * loads) and the console messages Chromium prints for each blocked script, style, font, frame or request ("Refused
 * to load …", "Executing inline event handler violates …", "Framing … violates …": all name the Content Security
 * Policy). The console also reports what the event cannot: a page blocked from being framed, refusals in documents
 * left behind by a navigation. Call before the first navigation; the returned function lists what was refused so
 * far (events of the current document, console messages of all).
 */
export async function watchCspViolations(page: Page): Promise<() => Promise<string[]>> {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) refused.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolations!.push(
        `event: ${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber} (${e.sample})`,
      );
    });
  });
  return async () => [...refused, ...(await page.evaluate(() => window.__cspViolations ?? []))];
}
