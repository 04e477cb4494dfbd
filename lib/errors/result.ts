import type { AppErrorCode } from "./";

/** What every server action returns: data, or a message the UI can show as it is (and per-field messages for forms). */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: AppErrorCode | "internal"; message: string; fields?: Record<string, string> } };
