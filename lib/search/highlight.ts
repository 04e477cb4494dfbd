import { latinTerm, words } from "./tokenize";

/** A piece of text, marked when it matched the query. Rendered as text (escaped), never as HTML. */
export type HighlightPart = { text: string; mark?: true };

type Range = [start: number, end: number];

/** Where in `text` the matched terms occur: Latin words by their stem, Chinese by substring within a word. */
export function matchRanges(text: string, terms: ReadonlySet<string>): Range[] {
  const cjkTerms = [...terms].filter((t) => /\p{Script=Han}/u.test(t));
  const ranges: Range[] = [];
  for (const w of words(text)) {
    if (!w.cjk) {
      const term = latinTerm(w.text);
      if (term && terms.has(term)) ranges.push([w.start, w.end]);
      continue;
    }
    // Offsets inside the word only carry over when normalising kept its length; otherwise mark the whole word.
    const sameLength = w.end - w.start === w.text.length;
    for (const t of cjkTerms) {
      for (let at = w.text.indexOf(t); at !== -1; at = w.text.indexOf(t, at + 1)) {
        ranges.push(sameLength ? [w.start + at, w.start + at + t.length] : [w.start, w.end]);
      }
    }
  }
  return merge(ranges);
}

function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

function parts(text: string, ranges: readonly Range[], from = 0, to = text.length): HighlightPart[] {
  const out: HighlightPart[] = [];
  let at = from;
  for (const [start, end] of ranges) {
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    if (e <= s) continue;
    if (s > at) out.push({ text: text.slice(at, s) });
    out.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < to) out.push({ text: text.slice(at, to) });
  return out;
}

/** The whole text with its matches marked (for titles). */
export function highlight(text: string, terms: ReadonlySet<string>): HighlightPart[] {
  return parts(text, matchRanges(text, terms));
}

const BEFORE = 50;
const LENGTH = 200;

/**
 * A window of about 200 characters around the first match of the first field that has one (the start of the
 * first non-empty field when none does), with an ellipsis where it was cut. Only the window is segmented: a
 * long article section is found by a cheap substring scan first.
 */
export function snippet(fields: readonly string[], terms: ReadonlySet<string>): HighlightPart[] {
  const texts = fields.map((f) => f.replace(/\s+/g, " ").trim()).filter(Boolean);
  for (const text of texts) {
    const found = firstMatch(text, terms);
    if (found) return cut(text, found.ranges, found.from);
  }
  return texts[0] ? cut(texts[0], matchRanges(texts[0].slice(0, LENGTH), terms), 0) : [];
}

function firstMatch(text: string, terms: ReadonlySet<string>): { from: number; ranges: Range[] } | undefined {
  const lower = text.toLowerCase();
  // A stem is nearly always a prefix of its words ("happi" for "happy" is the exception the -1 covers).
  const keys = [...terms].map((t) => (/\p{Script=Han}/u.test(t) ? t : t.slice(0, Math.max(3, t.length - 1))));
  for (let from = 0; from < lower.length;) {
    const at = Math.min(...keys.map((k) => lower.indexOf(k, from)).map((i) => (i === -1 ? Infinity : i)));
    if (at === Infinity) return undefined;
    const start = Math.max(0, at - BEFORE);
    const end = Math.min(text.length, start + LENGTH + 40);
    const ranges = matchRanges(text.slice(start, end), terms).map(([s, e]): Range => [s + start, e + start]);
    // A match that the window cut in half is not a match of the window; the substring hit may be a false one.
    const whole = ranges.filter(([s]) => s > start || start === 0).filter(([, e]) => e < end || end === text.length);
    if (whole.length > 0) return { from: Math.max(0, whole[0]![0] - BEFORE), ranges: whole };
    from = at + 1;
  }
  return undefined;
}

function cut(text: string, ranges: readonly Range[], from: number): HighlightPart[] {
  // Start at a word boundary when one is near, so the snippet does not begin mid-word.
  const space = from > 0 ? text.indexOf(" ", from) : -1;
  const start = space !== -1 && space - from < 15 && space < (ranges[0]?.[0] ?? Infinity) ? space + 1 : from;
  const end = Math.min(text.length, start + LENGTH);
  const out = parts(text, ranges, start, end);
  if (start > 0) out.unshift({ text: "…" });
  if (end < text.length) out.push({ text: "…" });
  return out;
}
