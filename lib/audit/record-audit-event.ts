import { randomUUID } from "node:crypto";
import type { Db } from "../db/types";
import { AUDIT_DETAILS, type AuditEventInput } from "./events";

/**
 * Appends one event to the audit log. Pass the transaction that makes the change, so the change and its record
 * are written together or not at all. The details are parsed with the kind's strict schema: a field that is not
 * declared in events.ts is refused rather than stored.
 */
export async function recordAuditEvent(db: Db, now: Date, event: AuditEventInput): Promise<void> {
  const details = AUDIT_DETAILS[event.kind].parse(event.details);
  await db.auditEvent.create({
    data: {
      id: randomUUID(),
      kind: event.kind,
      actorId: event.actorId,
      targetId: event.targetId ?? null,
      details: JSON.stringify(details),
      createdAt: now,
    },
  });
}
