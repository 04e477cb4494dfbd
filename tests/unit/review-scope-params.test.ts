import { describe, expect, it } from "vitest";
import { parseReviewScope } from "@/lib/review/scope";

const parse = (query: string) => parseReviewScope(new URLSearchParams(query).entries());

describe("the scope a review address asks for (read in the browser)", () => {
  it("is everything, or the one topic, bank, tag or article named", () => {
    expect(parse("")).toEqual({});
    expect(parse("topic=rag")).toEqual({ topic: "rag" });
    expect(parse("bank=rag%2Fbasics")).toEqual({ bank: "rag/basics" });
    expect(parse("tag=kv-cache&utm_source=mail")).toEqual({ tag: "kv-cache" });
    expect(parse("article=attention")).toEqual({ article: "attention" });
  });

  it("is nothing when the address names two scopes, one twice, or an empty one", () => {
    expect(parse("topic=rag&tag=kv-cache")).toBeUndefined();
    expect(parse("topic=rag&topic=agents")).toBeUndefined();
    expect(parse("topic=")).toBeUndefined();
  });
});
