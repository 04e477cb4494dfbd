import { describe, expect, it } from "vitest";
import { historiesFromLog, nextOptimisationAt } from "@/lib/review/fsrs-history";
import { optimiseWeights } from "@/lib/scheduling/optimise";
import { syntheticHistories } from "../helpers/synthetic-log";

describe("personal FSRS parameters", () => {
  it("recovers parameters with a lower log-loss than the defaults on a synthetic review log", async () => {
    const histories = syntheticHistories(400, 8, 11);
    const result = await optimiseWeights(histories);
    console.log("optimiser on 2,800 synthetic ratings", result.before, result.after);
    expect(result.weights).toHaveLength(21);
    expect(result.after.logLoss).toBeLessThan(result.before.logLoss);
    expect(result.after.rmse).toBeLessThan(result.before.rmse);
    // The learner's first-day stabilities are about four times the defaults: the fit moves towards them.
    expect(result.weights[2]!).toBeGreaterThan(2 * 2.3065);
  });

  it("turns a log into histories in study days (04:00 rollover at the learner's offset)", () => {
    const at = (iso: string) => new Date(iso);
    const log = [
      { card: "a", rating: 3, reviewedAt: at("2026-12-02T01:00:00Z") },
      { card: "a", rating: 3, reviewedAt: at("2026-12-01T10:00:00Z") },
      { card: "b", rating: 1, reviewedAt: at("2026-12-01T10:00:00Z") },
      { card: "a", rating: 4, reviewedAt: at("2026-12-05T21:00:00Z") },
    ];
    // UTC+8: 12-01 18:00 and 12-02 09:00 are different study days; 12-06 05:00 is four days later.
    expect(historiesFromLog(log, 480)).toEqual([
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 1 },
        { rating: 4, deltaT: 4 },
      ],
      [{ rating: 1, deltaT: 0 }],
    ]);
  });

  it("waits for 200 ratings, then optimises again at every doubling", () => {
    expect([0, 150, 200, 400, 1000].map(nextOptimisationAt)).toEqual([200, 200, 400, 800, 2000]);
  });
});
