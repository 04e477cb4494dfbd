import { describe, expect, it } from "vitest";
import { checkSources, findStaleQuestions, listStale } from "@/lib/content/freshness";
import type { Question } from "@/lib/content/schemas/question";
import type { Topic } from "@/lib/content/schemas/topic";

const topic = (id: string, volatile: boolean): Topic => ({
  id,
  order: 1,
  volatile,
  name: { zh: id, en: id },
  description: { zh: id, en: id },
});
const question = (id: string, topicId: string, lastVerified?: string, extra: Partial<Question> = {}): Question => ({
  id,
  type: "open",
  difficulty: "easy",
  tags: [],
  draft: false,
  retired: false,
  topic: topicId,
  bank: `${topicId}/b`,
  langs: {},
  lastVerified,
  ...extra,
});

describe("stale facts", () => {
  const now = new Date("2026-11-22T00:00:00Z");
  const topics = [topic("law", true), topic("math", false)];

  it("warns about volatile-topic questions not verified in the last 12 months", () => {
    const stale = findStaleQuestions(
      [
        question("never-checked", "law"),
        question("checked-long-ago", "law", "2025-10-01"),
        question("checked-recently", "law", "2026-03-01"),
        question("stable-topic", "math"),
        question("draft", "law", undefined, { draft: true }),
      ],
      topics,
      now,
    );
    expect(stale.map((s) => s.question.id)).toEqual(["never-checked", "checked-long-ago"]);
  });

  it("uses the clock it is given", () => {
    const later = new Date("2027-03-02T00:00:00Z");
    expect(findStaleQuestions([question("q", "law", "2026-03-01")], topics, later).map((s) => s.question.id)).toEqual([
      "q",
    ]);
  });
});

describe("the --stale list", () => {
  const now = new Date("2026-11-22T00:00:00Z");
  const topics = [topic("law", true), topic("math", false)];
  const at = (file: string, line: number) => ({ en: { source: { file, line } } }) as unknown as Question["langs"];

  it("lists never-verified questions first, then the oldest date first, ties in file order", () => {
    const list = listStale(
      [
        question("newer", "law", "2025-10-01", { langs: at("b.en.md", 5) }),
        question("older", "law", "2024-02-01", { langs: at("b.en.md", 50) }),
        question("never-2", "law", undefined, { langs: at("b.en.md", 9) }),
        question("never-1", "law", undefined, { langs: at("a.en.md", 30) }),
        question("fresh", "law", "2026-06-01", { langs: at("a.en.md", 1) }),
      ],
      topics,
      now,
    );
    expect(list).toEqual([
      { file: "a.en.md", line: 30, id: "never-1", lastVerified: undefined },
      { file: "b.en.md", line: 9, id: "never-2", lastVerified: undefined },
      { file: "b.en.md", line: 50, id: "older", lastVerified: "2024-02-01" },
      { file: "b.en.md", line: 5, id: "newer", lastVerified: "2025-10-01" },
    ]);
  });
});

describe("source-missing", () => {
  const topics = [topic("law", true), topic("math", false)];
  const item = (id: string, t: string, meta: { lastVerified?: string; sources?: string[]; draft?: boolean } = {}) => ({
    file: `${t}.en.md`,
    metaLine: 8,
    topic: t,
    meta: {
      id,
      draft: meta.draft ?? false,
      retired: false,
      lastVerified: meta.lastVerified,
      sources: meta.sources ?? [],
    },
  });

  it("asks for a source in a volatile topic and wherever a lastVerified date is recorded", () => {
    const found = checkSources(
      [
        item("volatile-bare", "law"),
        item("volatile-sourced", "law", { sources: ["https://example.org"] }),
        item("verified-bare", "math", { lastVerified: "2026-01-01" }),
        item("verified-sourced", "math", { lastVerified: "2026-01-01", sources: ["https://example.org"] }),
        item("plain", "math"),
        item("draft", "law", { draft: true }),
      ],
      topics,
    );
    expect(found.map((d) => `${d.file}:${d.line} ${d.rule} ${d.severity}`)).toEqual([
      "law.en.md:8 source-missing warning",
      "math.en.md:8 source-missing warning",
    ]);
    expect(found[0]!.message).toMatch(/"volatile-bare" is in a volatile topic but lists no sources/);
    expect(found[1]!.message).toMatch(/"verified-bare" was verified on 2026-01-01 but lists no sources/);
  });
});
