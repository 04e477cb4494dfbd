import "server-only";
import { AuditFilterSchema, readAuditLog } from "../audit/read-audit-log";
import { prisma } from "../db/client";
import { getLearnerSettings } from "../session/profile";
import { currentViewer } from "../session/viewer";

/**
 * A page of the audit log for /admin/audit, filtered by the address's query (kind, actor, from, to, page). Anyone
 * but an admin gets NotFoundError (the page then 404s, as /admin/users does). Dates are days in the admin's zone.
 */
export async function getAuditLog(query: Record<string, string | string[] | undefined>) {
  const single = Object.fromEntries(Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const filter = AuditFilterSchema.parse(single);
  const [viewer, settings] = await Promise.all([currentViewer(), getLearnerSettings()]);
  return { filter, timeZone: settings.timeZone, log: await readAuditLog(prisma, viewer, filter, settings.timeZone) };
}
