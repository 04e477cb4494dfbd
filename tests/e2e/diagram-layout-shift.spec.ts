import { expect, test } from "@playwright/test";
import { snapshot } from "./content-lookup";

declare global {
  interface Window {
    __layoutShift: number;
  }
}

/**
 * Cumulative layout shift as the browser reports it (the Layout Instability API), summed over the whole visit:
 * shifts right after a click or a key press do not count, as in the CLS metric.
 */
const RECORD_LAYOUT_SHIFT = () => {
  window.__layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
      if (!entry.hadRecentInput) window.__layoutShift += entry.value;
  }).observe({ type: "layout-shift", buffered: true });
};

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
]) {
  test(`reading down to an article's diagram shifts nothing (CLS ≤ 0.02) at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.addInitScript(RECORD_LAYOUT_SHIFT);
    const article = snapshot().articles.find((a) => a.langs.en?.features.mermaid)!;
    await page.goto(`/articles/${article.slug}`);
    // A reader starts at the top and reads what is on the screen (the page has loaded and the browser is idle),
    // then scrolls to the diagram: scrolling is not input that excuses a shift.
    await page.waitForLoadState("networkidle");
    await page.evaluate(() => new Promise((done) => requestIdleCallback(done)));
    const figure = page.locator("figure[data-mermaid]").first();
    const drawnBeforeScroll = (await figure.getAttribute("data-rendered")) === "true";
    await figure.evaluate((f) => f.scrollIntoView({ block: "center" }));
    await expect(figure).toHaveAttribute("data-rendered", "true");
    await expect(figure.locator("svg")).toBeVisible();
    // Two frames after the drawing, every shift it caused has been reported.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))),
    );
    const cls = await page.evaluate(() => window.__layoutShift);
    console.log(
      `CLS at ${viewport.width} px on /articles/${article.slug}: ${cls.toFixed(4)} (drawn before the scroll: ${drawnBeforeScroll})`,
    );
    expect(
      cls,
      `layout shift; the diagram was drawn before the reader reached it: ${drawnBeforeScroll}`,
    ).toBeLessThanOrEqual(0.02);
  });
}
