import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { contentRootWith } from "../helpers/content-fixtures";

describe("quality warnings in content:check", () => {
  it("warns about a near-duplicate question with both locations", async () => {
    const { root, publicDir } = contentRootWith();
    const bank = readFileSync(path.join(root, "banks/demo/basics.en.md"), "utf8");
    const copy = bank
      .slice(bank.indexOf("## Pick the activation"), bank.indexOf("## Pick all norms"))
      .replace("id: demo-single", "id: demo-single-copy")
      .replace("## Pick the activation", "## Choose the activation function");
    mkdirSync(path.join(root, "banks/other"));
    writeFileSync(path.join(root, "banks/other/copy.en.md"), `---\ntitle: Copy\ntopic: other\n---\n\n${copy}`);
    const { snapshot } = await loadContent({ dir: root, publicDir });
    const warnings = snapshot.warnings.filter((w) => w.rule === "near-duplicate");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.file).toMatch(/banks\/other\/copy\.en\.md$/);
    expect(warnings[0]!.message).toMatch(/"demo-single-copy" is \d+ % similar to "demo-single" at .*basics\.en\.md:\d+/);
  });

  it("warns about questions in a volatile topic without a recent lastVerified", async () => {
    const { root, publicDir } = contentRootWith();
    const topics = readFileSync(path.join(root, "topics.yml"), "utf8").replace("- id: demo\n", "- id: demo\n  volatile: true\n");
    writeFileSync(path.join(root, "topics.yml"), topics);
    for (const lang of ["en", "zh"]) {
      const file = path.join(root, `banks/demo/basics.${lang}.md`);
      writeFileSync(file, readFileSync(file, "utf8").replace("id: demo-open\n", "id: demo-open\nlastVerified: 2026-06-01\nsources: [https://example.org/overfitting]\n"));
    }
    const { snapshot } = await loadContent({ dir: root, publicDir, now: new Date("2026-11-22T00:00:00Z") });
    // The base article is in the same topic; articles have their own test below.
    const stale = snapshot.warnings
      .filter((w) => w.rule === "stale-fact" && w.message.startsWith("question"))
      .map((w) => w.message.match(/"([^"]+)"/)![1]);
    expect(stale.sort()).toEqual(["demo-boolean", "demo-cloze", "demo-code", "demo-multiple", "demo-single"]);
    expect(snapshot.errors).toEqual([]);
  });

  it("warns about a question in a volatile topic without sources, at its meta line in each language file", async () => {
    const { root, publicDir } = contentRootWith();
    const topics = readFileSync(path.join(root, "topics.yml"), "utf8").replace("- id: demo\n", "- id: demo\n  volatile: true\n");
    writeFileSync(path.join(root, "topics.yml"), topics);
    for (const lang of ["en", "zh"]) {
      const file = path.join(root, `banks/demo/basics.${lang}.md`);
      let text = readFileSync(file, "utf8");
      // Everything verified and sourced but demo-single, which is verified but lists no sources.
      for (const id of ["demo-open", "demo-multiple", "demo-boolean", "demo-cloze", "demo-code"]) {
        text = text.replace(`id: ${id}\n`, `id: ${id}\nlastVerified: 2026-11-01\nsources: [https://example.org/${id}]\n`);
      }
      writeFileSync(file, text.replace("id: demo-single\n", "id: demo-single\nlastVerified: 2026-11-01\n"));
    }
    const { snapshot } = await loadContent({ dir: root, publicDir, now: new Date("2026-11-22T00:00:00Z") });
    expect(snapshot.errors).toEqual([]);
    // demo-single's ```meta fence: line 34 of the base, two lines lower after demo-open's additions.
    const questionWarnings = snapshot.warnings.filter((w) => !w.message.startsWith("article"));
    expect(questionWarnings.map((w) => `${path.basename(w.file)}:${w.line} ${w.rule}`)).toEqual([
      "basics.en.md:36 source-missing",
      "basics.zh.md:36 source-missing",
    ]);
    expect(questionWarnings[0]!.message).toMatch(/"demo-single" is in a volatile topic but lists no sources/);
  });

  it("warns about an article in a volatile topic verified more than a year before the clock, at its lastVerified line in each language file", async () => {
    const { root, publicDir } = contentRootWith();
    const topics = readFileSync(path.join(root, "topics.yml"), "utf8").replace("- id: demo\n", "- id: demo\n  volatile: true\n");
    writeFileSync(path.join(root, "topics.yml"), topics);
    for (const lang of ["en", "zh"]) {
      const file = path.join(root, `articles/intro.${lang}.md`);
      const fields = "lastVerified: 2025-10-01\nsources: [https://example.org/softmax]\n";
      writeFileSync(file, readFileSync(file, "utf8").replace("related: [demo-open, demo-single]\n", `related: [demo-open, demo-single]\n${fields}`));
    }
    const staleArticles = async (now: string) => {
      const { snapshot } = await loadContent({ dir: root, publicDir, now: new Date(`${now}T00:00:00Z`) });
      expect(snapshot.errors).toEqual([]);
      return snapshot.warnings.filter((w) => w.rule === "stale-fact" && w.message.startsWith("article"));
    };
    const stale = await staleArticles("2026-11-22");
    expect(stale.map((w) => `${path.basename(w.file)}:${w.line} ${w.rule}`)).toEqual(["intro.en.md:7 stale-fact", "intro.zh.md:7 stale-fact"]);
    expect(stale[0]!.message).toMatch(/^article "intro" is in a volatile topic and was last verified on 2025-10-01: check its facts/);
    // The clock decides: on 2026-06-01 the date is only eight months old.
    expect(await staleArticles("2026-06-01")).toEqual([]);
  });

  it("warns when bold markers would show literally (bold closed right after punctuation)", async () => {
    const { root, publicDir } = contentRootWith();
    const file = path.join(root, "banks/demo/basics.zh.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("解释过拟合。", "解释**过拟合（overfitting）**现象。"));
    const { snapshot } = await loadContent({ dir: root, publicDir });
    expect(snapshot.warnings.map((w) => `${path.basename(w.file)}:${w.line} ${w.rule}`)).toEqual(["basics.zh.md:15 emphasis-literal"]);
  });
});
