import type { List, ListItem, Paragraph, RootContent, Text } from "mdast";
import { toString } from "mdast-util-to-string";

/** How many points a Key points section lists: fewer is not a rubric, more is not what an interviewer tracks. */
export const KEY_POINTS_MIN = 3;
export const KEY_POINTS_MAX = 6;
export const KEY_POINT_MAX_WEIGHT = 3;

export type RawKeyPoint = {
  item: ListItem;
  /** The bullet's content with its marker removed: what is rendered. */
  body: RootContent[];
  must: boolean;
  weight: number;
};
export type KeyPointProblem = { node: RootContent | ListItem; rule: string; message: string };

/**
 * A marker is the same literal in both languages, like a cloze mark: `[must]`, `[weight 2]` or
 * `[must, weight 2]` at the start of a bullet.
 */
const MARKER = /^\[([^\]\n]*)\]\s*/;

function readMarker(label: string): { must: boolean; weight: number } | string {
  let must = false;
  let weight = 1;
  for (const part of label.split(",").map((p) => p.trim().toLowerCase())) {
    const w = /^weight\s+(\d+)$/.exec(part);
    if (part === "must" && !must) must = true;
    else if (w && weight === 1 && Number(w[1]) >= 1 && Number(w[1]) <= KEY_POINT_MAX_WEIGHT) weight = Number(w[1]);
    else return `unknown key-point marker "[${label}]"; use [must], [weight N] (N from 1 to ${KEY_POINT_MAX_WEIGHT}) or [must, weight N]`;
  }
  return { must, weight };
}

/** The bullet's children with a leading marker cut out of its first text node (the source tree is left alone). */
function stripMarker(item: ListItem): { body: RootContent[]; label?: string } {
  const [first, ...rest] = item.children;
  if (first?.type !== "paragraph") return { body: item.children };
  const [lead, ...inline] = first.children;
  const match = lead?.type === "text" ? MARKER.exec(lead.value) : null;
  if (!lead || !match) return { body: item.children };
  const remaining = (lead as Text).value.slice(match[0].length);
  const children = remaining ? [{ ...(lead as Text), value: remaining }, ...inline] : inline;
  const paragraph: Paragraph = { ...first, children };
  return { body: [paragraph, ...rest], label: match[1]! };
}

/**
 * Reads a `### Key points` section: one bullet list of 3–6 points, each a thing an interviewer listens for.
 * Problems are reported, never thrown, so one bad bullet does not hide the others.
 */
export function readKeyPoints(nodes: RootContent[]): { points: RawKeyPoint[]; problems: KeyPointProblem[] } {
  const problems: KeyPointProblem[] = [];
  const lists = nodes.filter((n): n is List => n.type === "list");
  const stray = nodes.find((n) => n.type !== "list");
  if (lists.length !== 1 || stray || lists[0]!.ordered) {
    const node = stray ?? lists[1] ?? lists[0] ?? nodes[0];
    if (node) problems.push({ node, rule: "key-points-format", message: "the Key points section must be one bullet list (- point), nothing else" });
    if (lists.length === 0) return { points: [], problems };
  }
  const points: RawKeyPoint[] = [];
  for (const item of lists[0]!.children) {
    const { body, label } = stripMarker(item);
    const marker = label === undefined ? { must: false, weight: 1 } : readMarker(label);
    if (typeof marker === "string") {
      problems.push({ node: item, rule: "key-point-marker", message: marker });
      continue;
    }
    if (toString({ type: "root", children: body }).trim() === "") {
      problems.push({ node: item, rule: "key-point-empty", message: "a key point is empty: write what the interviewer listens for" });
      continue;
    }
    points.push({ item, body, ...marker });
  }
  const count = lists[0]!.children.length;
  if (count < KEY_POINTS_MIN || count > KEY_POINTS_MAX) {
    problems.push({ node: lists[0]!, rule: "key-points-count", message: `the Key points section lists ${count} point(s); write ${KEY_POINTS_MIN} to ${KEY_POINTS_MAX}` });
  }
  return { points, problems };
}

/** What both languages must agree on: the number of points and each one's marker, by position. */
export function keyPointsSignature(points: readonly { must: boolean; weight: number }[] | undefined): string {
  if (!points) return "";
  return `${points.length} point(s): ${points.map((p) => [p.must ? "must" : "", p.weight > 1 ? `weight ${p.weight}` : ""].filter(Boolean).join(", ") || "-").join(" | ")}`;
}
