import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { findQuestion, snapshot } from "./content-lookup";

const pages = () => {
  const s = snapshot();
  return [
    ["home", "/"],
    ["topic", `/topics/${s.topics[0]!.id}`],
    ["question", `/questions/${findQuestion((q) => q.type === "single").id}`],
    ["article", `/articles/${s.articles.find((a) => a.langs.en?.features.mermaid)!.slug}`],
  ] as const;
};

for (const [name, url] of pages()) {
  test(`the ${name} page has no WCAG 2.2 A/AA violations that axe can detect`, async ({ page }) => {
    await page.goto(url);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} — ${v.nodes.slice(0, 4).map((n) => n.target.join(" ") + " " + (n.any[0]?.message ?? "")).join(" | ")}`)).toEqual([]);
  });
}
