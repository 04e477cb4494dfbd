// @vitest-environment jsdom
import { act, createElement, type ComponentProps, type FunctionComponent } from "react";
import { createRoot, type Root } from "react-dom/client";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import en from "@/lib/i18n/messages/grader.en.json";
import type { GradingResult } from "@/lib/grading/grading-rows";

const gradeAnswer = vi.hoisted(() => vi.fn());
vi.mock("@/lib/actions/grade-answer", () => ({ gradeAnswer }));
const { GradeAnswerButton } = await import("@/components/coach/GradeAnswerButton.client");

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const graded: GradingResult = {
  id: "g1",
  questionId: "q1",
  lang: "en",
  model: "qwen2.5:7b",
  verdicts: [
    { verdict: "covered", evidence: "a query" },
    { verdict: "missing", evidence: "" },
    { verdict: "partly", evidence: "a key" },
  ],
  score: 0.5,
  missedMust: false,
  createdAt: "2026-12-07T04:00:00.000Z",
  reused: false,
};

// The provider's children come as createElement's third argument, which its prop type cannot see.
const Provider = NextIntlClientProvider as FunctionComponent<
  Omit<ComponentProps<typeof NextIntlClientProvider>, "children">
>;

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.body.appendChild(document.createElement("div"));
  root = createRoot(container);
  gradeAnswer.mockReset();
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function render(props: { enabled?: boolean; onGraded?: (r: GradingResult) => void } = {}) {
  const button = createElement(GradeAnswerButton, {
    questionId: "q1",
    lang: "en",
    answer: "Each token gets a query, a key and a value.",
    enabled: props.enabled ?? true,
    onGraded: props.onGraded ?? (() => {}),
  });
  act(() => root.render(createElement(Provider, { locale: "en", messages: en }, button)));
}
const buttons = () => [...container.querySelectorAll("button")].map((b) => b.textContent);
const click = async (name: string) => {
  const button = [...container.querySelectorAll("button")].find((b) => b.textContent === name)!;
  await act(async () => button.click());
};

describe("the Grade my answer button", () => {
  it("renders nothing when no grader is configured", () => {
    render({ enabled: false });
    expect(container.innerHTML).toBe("");
  });

  it("hands the verdicts to the caller and says who suggested them, in a status", async () => {
    gradeAnswer.mockResolvedValue({ ok: true, data: graded });
    const onGraded = vi.fn();
    render({ onGraded });
    expect(buttons()).toEqual(["Grade my answer"]);
    await click("Grade my answer");
    expect(gradeAnswer).toHaveBeenCalledWith({
      questionId: "q1",
      lang: "en",
      answer: "Each token gets a query, a key and a value.",
    });
    expect(onGraded).toHaveBeenCalledWith(graded);
    expect(container.querySelector('[role="status"]')!.textContent).toBe(
      "Suggested by qwen2.5:7b: 1 of 3 key points covered, 1 partly. Check each tick before you confirm.",
    );
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });

  it("says why a grading failed in an alert, with Try again when trying again can help", async () => {
    gradeAnswer.mockResolvedValueOnce({
      ok: false,
      error: { code: "grader-failed", message: "The grader took too long." },
    });
    const onGraded = vi.fn();
    render({ onGraded });
    await click("Grade my answer");
    expect(container.querySelector('[role="alert"]')!.textContent).toContain("The grader took too long.");
    expect(buttons()).toEqual(["Grade my answer", "Try again"]);
    gradeAnswer.mockResolvedValueOnce({ ok: true, data: graded });
    await click("Try again");
    expect(gradeAnswer).toHaveBeenCalledTimes(2);
    expect(onGraded).toHaveBeenCalledOnce();
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });

  it("offers no Try again when the same answer would be refused again", async () => {
    gradeAnswer.mockResolvedValue({
      ok: false,
      error: { code: "grader-declined", message: "Your answer is only a few words." },
    });
    render();
    await click("Grade my answer");
    expect(container.querySelector('[role="alert"]')!.textContent).toBe("Your answer is only a few words.");
    expect(buttons()).toEqual(["Grade my answer"]);
  });

  it("offers Try again when the request itself did not complete", async () => {
    gradeAnswer.mockRejectedValue(new TypeError("Failed to fetch"));
    render();
    await click("Grade my answer");
    expect(container.querySelector('[role="alert"]')!.textContent).toContain("Could not reach the site");
    expect(buttons()).toEqual(["Grade my answer", "Try again"]);
  });
});
