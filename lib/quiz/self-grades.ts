/** How a learner grades their own open or coding answer. Zod-free: the quiz runner imports it in the browser. */
export const SELF_GRADES = ["correct", "partial", "wrong"] as const;
export type SelfGrade = (typeof SELF_GRADES)[number];
