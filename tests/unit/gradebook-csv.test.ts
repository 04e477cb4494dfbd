import { describe, expect, it } from "vitest";
import { attachmentDisposition, csvField, encodeCsv } from "@/lib/gradebook/csv";

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
