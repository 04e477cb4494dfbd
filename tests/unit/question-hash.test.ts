import { describe, expect, it } from "vitest";
import { parseBank } from "@/lib/content/parse-bank";

const bank = (body: string) =>
  `---\ntitle: T\ntopic: demo\n---\n\n## Q\n\n\`\`\`meta\nid: q\ntype: open\ndifficulty: easy\n\`\`\`\n\n${body}\n`;

async function hashOf(body: string): Promise<string> {
  const parsed = await parseBank("banks/demo/t.en.md", "t.en.md", bank(body));
  expect(parsed!.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return parsed!.questions[0]!.content.hash;
}

describe("the content hash a learner's progress records", () => {
  const original =
    "What is overfitting?\n\n### Answer\n\n- fits noise\n- generalises worse\n\n### Key points\n\n- [must] Noise is fitted.\n- Validation loss rises.\n- Regularise.\n\n### Explanation\n\nCompare losses.";

  it("ignores formatting that does not change what the learner sees", async () => {
    const rewrapped =
      "What is\noverfitting?\n\n### Answer\n\n* fits noise\n* generalises worse\n\n### Key points\n\n- [must] Noise is fitted.\n- Validation loss rises.\n- Regularise.\n\n### Explanation\n\nCompare\nlosses.";
    expect(await hashOf(rewrapped)).toBe(await hashOf(original));
  });

  it("changes when the prompt, the answer or the explanation changes", async () => {
    const base = await hashOf(original);
    expect(await hashOf(original.replace("overfitting", "underfitting"))).not.toBe(base);
    expect(await hashOf(original.replace("fits noise", "memorises noise"))).not.toBe(base);
    expect(await hashOf(original.replace("Compare losses.", "Compare the losses."))).not.toBe(base);
  });

  it("does not change when the key points are sharpened: they are the rubric, not what the learner is asked or told", async () => {
    const base = await hashOf(original);
    expect(
      await hashOf(original.replace("- Regularise.", "- Names a remedy: more data, regularisation or early stopping.")),
    ).toBe(base);
    expect(await hashOf(original.replace("- [must] Noise", "- [must, weight 2] Noise"))).toBe(base);
  });
});
