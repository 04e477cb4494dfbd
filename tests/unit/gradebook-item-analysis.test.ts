import { describe, expect, it } from "vitest";
import { itemAnalysis } from "@/lib/gradebook/item-analysis";

const student = (scores: Record<string, number>) => new Map(Object.entries(scores));

describe("item analysis", () => {
  it("gives facility as the mean credit and D as top third minus bottom third (6 students, partial credit)", () => {
    // Totals 2, 1.5, 1.5, 1, 0.5, 0: groups of floor(6/3) = 2 → top S1,S2 and bottom S5,S6.
    const students = [
      student({ q1: 1, q2: 1 }),
      student({ q1: 1, q2: 0.5 }),
      student({ q1: 0.5, q2: 1 }),
      student({ q1: 1, q2: 0 }),
      student({ q1: 0, q2: 0.5 }),
      student({ q1: 0, q2: 0 }),
    ];
    const [q1, q2] = itemAnalysis(["q1", "q2"], students);
    expect(q1!.facility).toBeCloseTo(3.5 / 6, 10);
    expect(q1!.discrimination).toBeCloseTo(1 - 0, 10);
    expect(q2!.facility).toBeCloseTo(0.5, 10);
    expect(q2!.discrimination).toBeCloseTo(0.75 - 0.25, 10);
  });

  it("breaks equal totals by the order given, so the same class always gives the same numbers", () => {
    const a = student({ q1: 1, q2: 1, q3: 1 });
    const b = student({ q1: 1, q2: 0.5, q3: 0 });
    const c = student({ q1: 0, q2: 1 }); // total 1, q3 missing counts 0
    const d = student({ q1: 1, q2: 0, q3: 0 }); // total 1 too
    // 4 students → groups of 1: top A; bottom is the later of the tied C and D.
    const cFirst = itemAnalysis(["q1", "q2", "q3"], [a, b, c, d]);
    expect(cFirst.map((i) => i.discrimination)).toEqual([0, 1, 1]);
    expect(cFirst.map((i) => i.facility)).toEqual([0.75, 0.625, 0.25]);
    const dFirst = itemAnalysis(["q1", "q2", "q3"], [a, b, d, c]);
    expect(dFirst.map((i) => i.discrimination)).toEqual([1, 0, 1]);
  });

  it("uses groups of at least one, and a hard item the weak students got right discriminates negatively", () => {
    const items = itemAnalysis(
      ["easy", "odd"],
      [student({ easy: 1, odd: 0 }), student({ easy: 1, odd: 0 }), student({ easy: 0, odd: 0.5 })],
    );
    expect(items[0]).toEqual({ questionId: "easy", facility: 2 / 3, discrimination: 1 });
    expect(items[1]).toEqual({ questionId: "odd", facility: 0.5 / 3, discrimination: -0.5 });
  });

  it("says nothing about discrimination with fewer than 3 students, and nothing at all with none", () => {
    expect(itemAnalysis(["q1"], [student({ q1: 1 }), student({ q1: 0.5 })])).toEqual([
      { questionId: "q1", facility: 0.75, discrimination: null },
    ]);
    expect(itemAnalysis(["q1"], [])).toEqual([{ questionId: "q1", facility: null, discrimination: null }]);
  });
});
