import { z } from "zod";
import { isLocalDateTime, localToUtc } from "../assignments/local-time";
import type { Viewer } from "../auth/viewer";
import type { Db } from "../db/types";
import { NotFoundError } from "../errors";
import { AuditKindSchema, type AuditKind } from "./events";

export const AUDIT_PAGE_SIZE = 50;

const day = z
  .string()
  .trim()
  .refine((v) => v === "" || isLocalDateTime(`${v}T00:00`), "a date such as 2026-12-07")
  .transform((v) => v || undefined);

/**
 * The filters of /admin/audit, from its address: a bad value is dropped (the page shows everything instead of
 * failing), as a search box would treat a mistyped query.
 */
export const AuditFilterSchema = z.object({
  kind: AuditKindSchema.optional().catch(undefined),
  actor: z.string().trim().max(200).optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type AuditFilter = z.infer<typeof AuditFilterSchema>;

export type AuditPerson = { id: string; name: string; email: string } | { id: string; deleted: true };

export type AuditRow = {
  id: string;
  kind: AuditKind;
  createdAt: Date;
  actor: AuditPerson | null;
  target: AuditPerson | null;
  details: Record<string, unknown>;
};

export type AuditPage = { rows: AuditRow[]; page: number; pages: number; total: number };

/**
 * One page of the audit log, newest first, for admins only: anyone else gets "not found", as for /admin/users.
 * The actor filter matches an account's email or name (any part, any case); dates are whole days in `timeZone`.
 */
export async function readAuditLog(
  db: Db,
  viewer: Viewer | undefined,
  filter: AuditFilter,
  timeZone: string,
): Promise<AuditPage> {
  if (viewer?.role !== "admin") throw new NotFoundError("user", "admin");
  const actorIds = filter.actor ? await matchingAccounts(db, filter.actor) : undefined;
  const createdAt = {
    ...(filter.from ? { gte: localToUtc(`${filter.from}T00:00`, timeZone) } : {}),
    ...(filter.to ? { lt: new Date(localToUtc(`${filter.to}T00:00`, timeZone).getTime() + 86_400_000) } : {}),
  };
  const where = {
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(actorIds ? { actorId: { in: actorIds } } : {}),
    ...(filter.from || filter.to ? { createdAt } : {}),
  };
  const total = await db.auditEvent.count({ where });
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filter.page, pages);
  const events = await db.auditEvent.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
  });
  const ids = [...new Set(events.flatMap((e) => [e.actorId, e.targetId]).filter((id): id is string => !!id))];
  const people = new Map(
    (await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } })).map((u) => [
      u.id,
      u,
    ]),
  );
  const person = (id: string | null): AuditPerson | null => (id ? (people.get(id) ?? { id, deleted: true }) : null);
  return {
    rows: events.map((e) => ({
      id: e.id,
      kind: AuditKindSchema.parse(e.kind),
      createdAt: e.createdAt,
      actor: person(e.actorId),
      target: person(e.targetId),
      details: JSON.parse(e.details) as Record<string, unknown>,
    })),
    page,
    pages,
    total,
  };
}

/** Accounts whose email or name contains the text. Case-insensitive on both databases: emails are kept lower-case. */
async function matchingAccounts(db: Db, text: string): Promise<string[]> {
  const users = await db.user.findMany({
    where: { OR: [{ email: { contains: text.toLowerCase() } }, { name: { contains: text } }] },
    select: { id: true },
    take: 500,
  });
  return users.map((u) => u.id);
}
