import { describe, expect, it } from "vitest";
import { answerLanguage, answerWords, overlapWithQuestion, precheckAnswer } from "@/lib/coach/answer-prechecks";

const question = "What does self-attention compute? Explain what a self-attention layer computes for each token.";
const zhQuestion = "自注意力计算了什么？解释自注意力层为每个词元计算了什么。";
const check = (answer: string, over: Partial<Parameters<typeof precheckAnswer>[0]> = {}) =>
  precheckAnswer({ answer, questions: [question], questionLangs: ["en"], isCode: false, ...over }).reason;

describe("the cheap checks before the model", () => {
  it("counts words, a Chinese character as half a word", () => {
    expect(answerWords("softmax of the scaled scores")).toBe(5);
    expect(answerWords("每个词元得到查询键和值")).toBe(5.5);
    expect(answerWords("用 softmax 得到权重")).toBe(3.5);
  });

  it("refuses an empty answer and one of a few words", () => {
    expect(check("   \n ")).toBe("empty");
    expect(check("Q, K and V.")).toBe("too-short");
    expect(check("查询、键和值", { questions: [zhQuestion], questionLangs: ["zh"] })).toBe("too-short");
    expect(check("Each token gets a query, a key and a value.")).toBeNull();
  });

  it("tells Chinese from English, Chinese prose with English terms included", () => {
    expect(answerLanguage("Each token gets a query, a key and a value.")).toBe("en");
    expect(answerLanguage("用 softmax 把 QK^T 除以 sqrt(d_k) 后的得分变成注意力权重")).toBe("zh");
    expect(answerLanguage("每个词元经学习到的投影得到 query、key 和 value。")).toBe("zh");
    expect(answerLanguage("x = softmax(q @ k.T / math.sqrt(d)) @ v")).toBe("en");
    expect(answerLanguage("= 42 + 1")).toBeNull();
  });

  it("refuses an answer in a language the question is not written in, except code", () => {
    const zhAnswer = "每个词元都会得到查询、键和值，然后用缩放点积计算权重。";
    expect(check(zhAnswer)).toBe("wrong-language");
    expect(check(zhAnswer, { questionLangs: ["en", "zh"], questions: [question, zhQuestion] })).toBeNull();
    expect(
      precheckAnswer({ answer: zhAnswer, questions: [question], questionLangs: ["en", "zh"], isCode: false }),
    ).toEqual({
      reason: null,
      lang: "zh",
    });
    const code =
      "def softmax(xs):\n    # 先减去最大值，防止溢出\n    m = max(xs)\n    return [math.exp(x - m) for x in xs]";
    expect(check(code, { questionLangs: ["zh"], isCode: true })).toBeNull();
  });

  it("refuses a copy of the question, but not an answer that restates it and goes on", () => {
    expect(overlapWithQuestion(question, question)).toBe(1);
    expect(check("Explain what a self-attention layer computes for each token.")).toBe("copy-of-question");
    expect(check("自注意力层为每个词元计算了什么", { questions: [zhQuestion], questionLangs: ["zh"] })).toBe(
      "copy-of-question",
    );
    expect(
      check(
        "Self-attention computes, for each token, a weighted sum of the values, weighted by a softmax of its query against every key.",
      ),
    ).toBeNull();
  });
});
