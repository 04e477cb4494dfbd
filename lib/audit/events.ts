import { z } from "zod";

/**
 * Every kind of audit event and the facts it keeps. Details are checked against the kind's schema before they
 * are written, so an entry can never carry a field nobody reviewed: no password, token or cookie has a place here.
 */
export const AUDIT_DETAILS = {
  role_change: z.strictObject({ from: z.string(), to: z.string() }),
  member_removed: z.strictObject({ classId: z.string() }),
  member_readmitted: z.strictObject({ classId: z.string() }),
  grade_override: z.strictObject({
    classId: z.string(),
    assignmentId: z.string(),
    attemptId: z.string(),
    questionId: z.string(),
    score: z.number().min(0).max(1),
  }),
  gradebook_export: z.strictObject({ classId: z.string(), assignmentId: z.string() }),
  data_export: z.strictObject({}),
  account_deleted: z.strictObject({ role: z.string(), keptGrades: z.number().int().min(0) }),
  /** Filled in by the password-reset flow: which way the password was set, never the password or the link. */
  password_reset: z.strictObject({ via: z.enum(["email-link", "change"]) }),
  sign_in_lockout: z.strictObject({ scope: z.enum(["account", "address"]), subject: z.string() }),
} as const;

export type AuditKind = keyof typeof AUDIT_DETAILS;
export const AUDIT_KINDS = Object.keys(AUDIT_DETAILS) as AuditKind[];
export const AuditKindSchema = z.enum(AUDIT_KINDS as [AuditKind, ...AuditKind[]]);

/** One event as a service hands it over: the kind, who acted, whom it concerns, and the kind's facts. */
export type AuditEventInput = {
  [K in AuditKind]: {
    kind: K;
    actorId: string | null;
    targetId?: string | null;
    details: z.input<(typeof AUDIT_DETAILS)[K]>;
  };
}[AuditKind];
