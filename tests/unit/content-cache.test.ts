import { appendFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { contentRootWith } from "../helpers/content-fixtures";

describe("content-hash cache", () => {
  it("re-parses only the files that changed", async () => {
    const { root, publicDir } = contentRootWith();
    const cacheDir = path.join(mkdtempSync(path.join(tmpdir(), "goldmine-cache-")), "cache");
    const cold = await loadContent({ dir: root, publicDir, cacheDir });
    expect(cold.stats).toMatchObject({ parsed: 6, cached: 0 });

    const warm = await loadContent({ dir: root, publicDir, cacheDir });
    expect(warm.stats).toMatchObject({ parsed: 0, cached: 6 });
    expect(warm.snapshot.questions).toEqual(cold.snapshot.questions);

    appendFileSync(path.join(root, "articles/intro.en.md"), "\n## Added later\n\nMore text.\n");
    const edited = await loadContent({ dir: root, publicDir, cacheDir });
    expect(edited.stats).toMatchObject({ parsed: 1, cached: 5 });
    expect(edited.snapshot.articles[0]!.langs.en!.toc.map((t) => t.text)).toContain("Added later");
  });
});
