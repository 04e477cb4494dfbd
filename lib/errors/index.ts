import type { Diagnostic } from "../content/diagnostics";

/**
 * Errors the app expects and can explain. Each has a stable `code`; `lib/errors/messages.ts` turns codes into
 * the sentence a learner reads, so a server action never shows a stack trace or a 500.
 */
export abstract class AppError extends Error {
  abstract readonly code: AppErrorCode;
  constructor(
    message: string,
    /** Values the user-facing message interpolates, e.g. the id that was not found. */
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export type AppErrorCode =
  | "content-unavailable"
  | "not-found"
  | "invalid-input"
  | "conflict"
  | "unauthenticated"
  | "forbidden"
  | "rate-limited"
  | "invalid-credentials"
  | "grader-failed"
  | "grader-declined";

/** The content snapshot is missing or has errors: the page cannot be built from it. */
export class ContentUnavailableError extends AppError {
  readonly code = "content-unavailable";
  readonly kind = "content-unavailable";
  constructor(
    message: string,
    readonly diagnostics: Diagnostic[] = [],
  ) {
    super(message);
  }
}

/** Something named in a request (a question, a quiz, an attempt) does not exist for this learner. */
export class NotFoundError extends AppError {
  readonly code = "not-found";
  constructor(
    readonly what:
      | "question"
      | "quiz"
      | "attempt"
      | "card"
      | "review"
      | "scope"
      | "article"
      | "class"
      | "assignment"
      | "student"
      | "user"
      | "join-code"
      | "answer"
      | "plan"
      | "mock-interview"
      | "report",
    readonly id: string,
  ) {
    super(`No ${what} "${id}"`, { what, id });
  }
}

/** The request is well-formed but asks for something the current state does not allow. */
export class ConflictError extends AppError {
  readonly code = "conflict";
  constructor(
    readonly reason:
      | "attempt-finished"
      | "not-in-attempt"
      | "not-self-graded"
      | "no-questions"
      | "time-up"
      | "already-answered"
      | "not-answered"
      | "join-disabled"
      | "not-open-yet"
      | "no-attempts-left"
      | "sign-up-refused"
      | "feedback-after-due"
      | "exam-in-progress"
      | "removed-from-class"
      | "last-admin"
      | "owns-classes"
      | "other-learner"
      | "mock-finished"
      | "mock-not-current"
      | "mock-not-finished"
      | "reset-link-invalid"
      | "email-link-invalid"
      | "mail-unavailable",
    params: Record<string, string | number> = {},
  ) {
    super(`Conflict: ${reason}`, params);
  }
}

/** Input that passed the schema but fails a rule only the server can check (e.g. an answer of the wrong shape). */
export class InvalidInputError extends AppError {
  readonly code = "invalid-input";
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message, { field });
  }
}

/** The action needs a signed-in account and there is none (or its session ended). */
export class UnauthenticatedError extends AppError {
  readonly code = "unauthenticated";
  constructor() {
    super("Not signed in");
  }
}

/**
 * A signed-in person without the role an action needs (a candidate creating a class). Someone else's class or
 * attempt is a NotFoundError instead, so an id in a URL says nothing about what exists.
 */
export class ForbiddenError extends AppError {
  readonly code = "forbidden";
  constructor(readonly reason: "instructor-only" | "admin-only" | "cross-site") {
    super(`Forbidden: ${reason}`);
  }
}

/** What was tried too often: sign-in or sign-up tries, or join codes that match no class. */
export type RateLimitReason = "tries" | "join-code";

/** Too many attempts in a window (per account or per IP); `retryAfterSec` says when to try again. */
export class RateLimitedError extends AppError {
  readonly code = "rate-limited";
  constructor(
    readonly retryAfterSec: number,
    readonly reason: RateLimitReason = "tries",
  ) {
    super(`Rate limited (${reason}) for ${retryAfterSec}s`, { minutes: Math.max(1, Math.ceil(retryAfterSec / 60)) });
  }
}

/** Sign-in failed. Deliberately one error for "no such account" and "wrong password". */
export class InvalidCredentialsError extends AppError {
  readonly code = "invalid-credentials";
  constructor() {
    super("Invalid email or password");
  }
}

/** Why the answer grader gave no grade this time; trying again may well work (a retry is the learner's choice). */
export const GRADER_FAILURES = ["timeout", "rate-limited", "malformed", "unreachable", "refused"] as const;
export type GraderFailure = (typeof GRADER_FAILURES)[number];

/** Why an answer was not sent to the grader at all; the same request would be refused again. */
export const GRADER_DECLINES = [
  "empty",
  "too-short",
  "wrong-language",
  "copy-of-question",
  "daily-limit",
  "no-key-points",
  "not-configured",
] as const;
export type GraderDecline = (typeof GRADER_DECLINES)[number];

/**
 * The model did not produce a usable grade: it was too slow, busy (429, `seconds` from Retry-After, 0 when not
 * given), unreachable, answered with an error, or replied with something the parser refused. Never a wrong grade.
 */
export class GraderFailedError extends AppError {
  readonly code = "grader-failed";
  constructor(
    readonly reason: GraderFailure,
    readonly detail = "",
    params: { seconds?: number } = {},
  ) {
    super(`Grader failed (${reason})${detail ? `: ${detail}` : ""}`, { seconds: params.seconds ?? 0 });
  }
}

/**
 * The answer was not sent to the model: a cheap check refused it (empty, a few words, another language, a copy of
 * the question), the daily limit is reached (`limit`), the question has no key points, or no grader is configured.
 * The same request would be refused again; a changed answer may not be.
 */
export class GraderDeclinedError extends AppError {
  readonly code = "grader-declined";
  constructor(
    readonly reason: GraderDecline,
    params: { limit?: number } = {},
  ) {
    super(`Grader declined: ${reason}`, params);
  }
}
