import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig, type Config } from "lighthouse";
import { CHROMIUM_PATH } from "../../helpers/chromium";

export type FormFactor = "mobile" | "desktop";

/** One Lighthouse run's figures: category scores 0–100, LCP in ms, CLS unitless. */
export type LighthouseFigures = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  cls: number;
  fcpMs: number;
  tbtMs: number;
  /** Audits that did not pass in a category we score, with their title: where to look when a target is missed. */
  failing: { id: string; title: string; category: string; displayValue?: string }[];
};

const FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];
const CATEGORIES = {
  performance: "performance",
  accessibility: "accessibility",
  "best-practices": "bestPractices",
} as const;

/** Debian's Chromium launched by chrome-launcher, with nothing fetched from the internet. */
export async function launchChromium() {
  return chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: FLAGS, logLevel: "silent" });
}

/**
 * Runs Lighthouse once against `url` in the given Chromium: mobile is Lighthouse's default (a mid-range phone,
 * simulated slow 4G and 4× CPU slowdown), desktop is its own desktop config. `cookie` is sent with every request
 * so the page sees the profile that prepared it (a started quiz).
 */
export async function runLighthouse(
  port: number,
  url: string,
  formFactor: FormFactor,
  cookie: string,
): Promise<LighthouseFigures> {
  const config: Config | undefined = formFactor === "desktop" ? desktopConfig : undefined;
  const result = await lighthouse(
    url,
    {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: Object.keys(CATEGORIES),
      extraHeaders: cookie ? { Cookie: cookie } : undefined,
    },
    config,
  );
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError)
    throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (id: keyof typeof CATEGORIES) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const failing = Object.entries(CATEGORIES).flatMap(([category]) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 || category === "performance")
      .map((ref) => lhr.audits[ref.id]!)
      .filter(
        (a) =>
          a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual",
      )
      .map((a) => ({ id: a.id, title: a.title, category, displayValue: a.displayValue })),
  );
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    lcpMs: Math.round(numeric("largest-contentful-paint")),
    cls: Number(numeric("cumulative-layout-shift").toFixed(3)),
    fcpMs: Math.round(numeric("first-contentful-paint")),
    tbtMs: Math.round(numeric("total-blocking-time")),
    failing,
  };
}
