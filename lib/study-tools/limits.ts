// Plain constants, shared by the input schemas (server) and the forms (browser) without bringing zod along.

/** Longest private note kept per question: a page of Markdown, plenty for a reminder or a worked example. */
export const NOTE_MAX_CHARS = 5000;
/** A problem report's description: long enough to quote the wrong line and say why. */
export const REPORT_TEXT_MIN_CHARS = 10;
export const REPORT_TEXT_MAX_CHARS = 2000;

export const PROBLEM_REASONS = ["wrong-answer", "unclear", "typo", "broken-rendering", "translation", "other"] as const;
export type ProblemReason = (typeof PROBLEM_REASONS)[number];
