import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";
import { contentIssueLink } from "@/lib/study-tools/content-issue-link";
import { renderNote } from "@/lib/study-tools/render-note";
import { ReportProblemInputSchema } from "@/lib/study-tools/schemas";

describe("a private note's rendering", () => {
  it("renders Markdown: emphasis, lists, code and tables", () => {
    const html = renderNote("**Key**: divide by `sqrt(d_k)`\n\n- one\n- two\n\n| a | b |\n| - | - |\n| 1 | 2 |");
    expect(html).toContain("<strong>Key</strong>");
    expect(html).toContain("<code>sqrt(d_k)</code>");
    expect(html).toContain("<li>one</li>");
    expect(html).toContain("<td>1</td>");
  });

  it("never lets raw HTML, scripts, handlers or javascript: links through", () => {
    const html = renderNote(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[click](javascript:alert(3)) <b onclick="x()">bold</b>',
    );
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<img|<b[ >]/i);
    expect(html).toContain("click");
  });

  it("is empty for an empty note", () => {
    expect(renderNote("  \n ")).toBe("");
  });
});

describe("the prefilled issue link for a problem report", () => {
  const facts = { questionId: "attn-1", questionTitle: "Why √d_k?", reason: "wrong-answer", text: "B is right too." };

  it("opens a new issue in the configured repository with the question id and text", () => {
    const link = new URL(contentIssueLink("https://github.com/acme/content", facts)!);
    expect(`${link.origin}${link.pathname}`).toBe("https://github.com/acme/content/issues/new");
    expect(link.searchParams.get("title")).toBe("Problem with question attn-1: wrong-answer");
    expect(link.searchParams.get("body")).toContain("`attn-1` (Why √d_k?)");
    expect(link.searchParams.get("body")).toContain("B is right too.");
  });

  it("is absent when no repository is configured, and keeps a long text within the address limit", () => {
    expect(contentIssueLink(undefined, facts)).toBeUndefined();
    const link = new URL(contentIssueLink("https://github.com/acme/content", { ...facts, text: "x".repeat(9000) })!);
    expect(link.searchParams.get("body")!.length).toBeLessThanOrEqual(4000);
  });
});

describe("CONTENT_REPO_URL", () => {
  it("accepts a GitHub repository address, trimming a trailing slash, and treats blank as unset", () => {
    expect(readEnv({ CONTENT_REPO_URL: "https://github.com/acme/goldmine-content/" }).CONTENT_REPO_URL).toBe(
      "https://github.com/acme/goldmine-content",
    );
    expect(readEnv({ CONTENT_REPO_URL: " " }).CONTENT_REPO_URL).toBeUndefined();
  });

  it("refuses anything else, saying what it must be", () => {
    for (const bad of ["http://github.com/a/b", "https://gitlab.com/a/b", "https://github.com/a", "javascript:x"]) {
      expect(() => readEnv({ CONTENT_REPO_URL: bad })).toThrow(/CONTENT_REPO_URL: must be a GitHub repository address/);
    }
  });
});

describe("a problem report's input", () => {
  const valid = { id: crypto.randomUUID(), questionId: "q", reason: "typo", text: "Teh typo in line 2." };
  it("needs a known reason and a description of 10 to 2000 characters", () => {
    expect(ReportProblemInputSchema.safeParse(valid).success).toBe(true);
    expect(ReportProblemInputSchema.safeParse({ ...valid, reason: "spam" }).success).toBe(false);
    expect(ReportProblemInputSchema.safeParse({ ...valid, text: "   short   " }).success).toBe(false);
    expect(ReportProblemInputSchema.safeParse({ ...valid, text: "x".repeat(2001) }).success).toBe(false);
  });
});
