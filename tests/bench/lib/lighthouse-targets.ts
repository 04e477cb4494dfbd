import type { FormFactor, LighthouseFigures } from "./run-lighthouse";

export const TARGETS = {
  performance: 95,
  accessibility: 100,
  bestPractices: 95,
  mobileLcpMs: 1500,
  mobileCls: 0.02,
} as const;

export type PageResult = {
  page: string;
  url: string;
  formFactor: FormFactor;
  runs: LighthouseFigures[];
  median: Omit<LighthouseFigures, "failing">;
  failures: string[];
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** The median of each figure over the runs (runs on a shared 2-core machine vary), checked against the targets. */
export function judge(page: string, url: string, formFactor: FormFactor, runs: LighthouseFigures[]): PageResult {
  const pick = (k: keyof Omit<LighthouseFigures, "failing">) => median(runs.map((r) => r[k]));
  const m = {
    performance: pick("performance"),
    accessibility: pick("accessibility"),
    bestPractices: pick("bestPractices"),
    lcpMs: pick("lcpMs"),
    cls: pick("cls"),
    fcpMs: pick("fcpMs"),
    tbtMs: pick("tbtMs"),
  };
  const failures: string[] = [];
  if (m.performance < TARGETS.performance) failures.push(`performance ${m.performance} < ${TARGETS.performance}`);
  if (m.accessibility < TARGETS.accessibility)
    failures.push(`accessibility ${m.accessibility} < ${TARGETS.accessibility}`);
  if (m.bestPractices < TARGETS.bestPractices)
    failures.push(`best practices ${m.bestPractices} < ${TARGETS.bestPractices}`);
  if (formFactor === "mobile" && m.lcpMs > TARGETS.mobileLcpMs)
    failures.push(`LCP ${m.lcpMs} ms > ${TARGETS.mobileLcpMs} ms`);
  if (formFactor === "mobile" && m.cls > TARGETS.mobileCls) failures.push(`CLS ${m.cls} > ${TARGETS.mobileCls}`);
  return { page, url, formFactor, runs, median: m, failures };
}
