import { cpSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { contentRootWith, FIXTURES } from "../helpers/content-fixtures";

// A bank's `tags` describe the bank as a whole. Copied onto every question, they tagged a KV-cache batch-size
// question `#positional-encoding`: they now stand in only for a question that has no tags of its own.
describe("bank-level tags", () => {
  it("apply only to questions without tags of their own", async () => {
    const { root, publicDir } = contentRootWith();
    cpSync(path.join(FIXTURES, "bank-tags"), root, { recursive: true });
    const { snapshot } = await loadContent({ dir: root, publicDir });
    expect(snapshot.errors).toEqual([]);
    const tags = (id: string) => snapshot.questions.find((q) => q.id === id)?.tags;
    expect(tags("tagged-own")).toEqual(["kv-cache", "batching"]);
    expect(tags("tagged-none")).toEqual(["kv-cache", "positional-encoding"]);
    // The bank keeps its own tags.
    expect(snapshot.banks.find((b) => b.questionIds.includes("tagged-own"))?.tags).toEqual([
      "kv-cache",
      "positional-encoding",
    ]);
  });
});
