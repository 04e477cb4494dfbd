import { z } from "zod";
import { pointId } from "./grader-prompt";
import { POINT_VERDICTS, type PointVerdict } from "./point-verdicts";

/** One key point as the grader judged it; `evidence` is a quote of the answer, or "". */
export type GradedPoint = { verdict: PointVerdict; evidence: string };

export type ParsedVerdicts = { ok: true; verdicts: GradedPoint[] } | { ok: false; malformed: string };

/** Long enough to show where the point was made, short enough to sit under a checklist item. */
export const EVIDENCE_MAX_CHARS = 160;

/** Strict objects: an extra field is a model doing something it was not asked to do, so the whole reply is refused. */
const ReplySchema = z.strictObject({
  verdicts: z.array(
    z.strictObject({
      point: z.string(),
      verdict: z.enum(POINT_VERDICTS),
      evidence: z.string(),
    }),
  ),
});

/** Case, width (full-width letters), quotes and runs of whitespace do not make a quote a different quote. */
export function normaliseForQuote(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[“”„«»]/g, '"')
    .replace(/[‘’`]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/** Quote marks and ellipses a model puts around a quote are not part of it. */
const trimQuote = (evidence: string) =>
  evidence
    .trim()
    .replace(/^["'“”‘’「」『』…\s]+|["'“”‘’「」『』…\s]+$/g, "")
    .replace(/^\.{3}|\.{3}$/g, "")
    .trim();

/** Some servers wrap even JSON mode's output in a Markdown fence; the fence is packaging, not content. */
const unfence = (raw: string) => {
  const fenced = /^\s*```(?:json)?\s*\n([\s\S]*?)\n?```\s*$/i.exec(raw);
  return fenced ? fenced[1]! : raw;
};

/**
 * Reads a grader's reply for `pointCount` key points (ids P1…Pn). All or nothing: every listed point exactly once,
 * no other ids, no other fields, each quote found in the answer; anything else is "malformed" and never becomes a
 * partial grade. The verdicts come back in the points' order, whatever order the model used.
 */
export function parseGraderReply(raw: string, pointCount: number, answer: string): ParsedVerdicts {
  let json: unknown;
  try {
    json = JSON.parse(unfence(raw));
  } catch {
    return { ok: false, malformed: "the reply is not JSON" };
  }
  const reply = ReplySchema.safeParse(json);
  if (!reply.success) {
    const issue = reply.error.issues[0]!;
    return { ok: false, malformed: `${issue.path.join(".") || "reply"}: ${issue.message}` };
  }
  const byPoint = new Map<string, GradedPoint>();
  const haystack = normaliseForQuote(answer);
  for (const item of reply.data.verdicts) {
    const index = Number(/^P([1-9]\d*)$/.exec(item.point.trim())?.[1] ?? 0) - 1;
    if (index < 0 || index >= pointCount)
      return { ok: false, malformed: `a verdict for an unlisted point "${item.point}"` };
    const id = pointId(index);
    if (byPoint.has(id)) return { ok: false, malformed: `two verdicts for ${id}` };
    const quote = trimQuote(item.evidence);
    if (quote && !haystack.includes(normaliseForQuote(quote))) {
      return { ok: false, malformed: `the evidence for ${id} is not a quote of the answer` };
    }
    // A "missing" point has nothing to quote; a quote there would contradict the verdict, so it is dropped.
    const evidence = item.verdict === "missing" ? "" : truncate(quote);
    byPoint.set(id, { verdict: item.verdict, evidence });
  }
  const verdicts: GradedPoint[] = [];
  for (let i = 0; i < pointCount; i++) {
    const verdict = byPoint.get(pointId(i));
    if (!verdict) return { ok: false, malformed: `no verdict for ${pointId(i)}` };
    verdicts.push(verdict);
  }
  return { ok: true, verdicts };
}

function truncate(quote: string): string {
  const chars = Array.from(quote.replace(/\s+/g, " "));
  return chars.length <= EVIDENCE_MAX_CHARS ? chars.join("") : `${chars.slice(0, EVIDENCE_MAX_CHARS - 1).join("")}…`;
}
