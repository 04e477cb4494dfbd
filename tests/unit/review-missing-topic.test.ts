import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { missingTopicPage } from "@/lib/review/missing-topic";
import { readTopicIds, writeTopicIds } from "@/lib/review/topic-ids-file";

const known = new Set(["transformer", "rag-retrieval"]);
const pageWith = (ids: ReadonlySet<string> | undefined, address: string) => {
  const url = new URL(address, "http://localhost");
  return missingTopicPage(url.pathname, url.searchParams, () => ids);
};
const page = (address: string) => pageWith(known, address);

describe("a review address naming a topic that does not exist", () => {
  it("is answered by the language's 'no such topic' page", () => {
    expect(page("/en/review?topic=nope")).toBe("/en/review/no-such-topic");
    expect(page("/zh/review/?topic=nope&utm_source=x")).toBe("/zh/review/no-such-topic");
  });

  it("leaves known topics, other scopes, other pages and malformed scopes to the review page", () => {
    expect(page("/en/review?topic=transformer")).toBeUndefined();
    expect(page("/en/review?tag=nope")).toBeUndefined();
    expect(page("/en/review")).toBeUndefined();
    expect(page("/en/topics?topic=nope")).toBeUndefined();
    expect(page("/en/review?topic=")).toBeUndefined();
    expect(page("/en/review?topic=a&topic=b")).toBeUndefined();
  });

  it("is not judged while the content's topics are not known", () => {
    expect(pageWith(undefined, "/en/review?topic=nope")).toBeUndefined();
  });
});

describe("the topic ids file beside the snapshot", () => {
  it("holds the served topics and is read again after a publish rewrites it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "topic-ids-"));
    const snapshot = path.join(dir, "content.json");
    expect(readTopicIds(snapshot)).toBeUndefined();
    writeTopicIds({ topics: [{ id: "transformer" }] as never }, snapshot);
    expect([...readTopicIds(snapshot)!]).toEqual(["transformer"]);
    writeFileSync(path.join(dir, "topic-ids.json"), JSON.stringify(["transformer", "evaluation"]));
    expect([...readTopicIds(snapshot)!]).toEqual(["transformer", "evaluation"]);
  });
});
