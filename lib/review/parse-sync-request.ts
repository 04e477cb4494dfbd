import { SyncRequestSchema } from "./sync-protocol";

/** A request body larger than this is refused unread: 500 events take about 150 KB. */
export const MAX_SYNC_BODY_CHARS = 1_000_000;

export type SyncEnvelope = { profileId: string | null; timeZone?: string; events: unknown[] };

/**
 * The envelope of a sync request, or why it is refused as a whole (then nothing is stored). 413 when there is too
 * much of it (more events than SYNC_BATCH_LIMIT, or a body over MAX_SYNC_BODY_CHARS): the device should split the
 * batch and send the parts, not change it; 400 for anything else. The events themselves are checked one by one later.
 */
export function parseSyncEnvelope(
  body: string,
): { ok: true; envelope: SyncEnvelope } | { ok: false; status: 400 | 413; field: string; message: string } {
  if (body.length > MAX_SYNC_BODY_CHARS)
    return {
      ok: false,
      status: 413,
      field: "body",
      message: `must be at most ${MAX_SYNC_BODY_CHARS} characters: send fewer events per request`,
    };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, status: 400, field: "body", message: "is not valid JSON" };
  }
  const parsed = SyncRequestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join(".") || "body";
    const tooMany = field === "events" && issue.code === "too_big";
    return { ok: false, status: tooMany ? 413 : 400, field, message: issue.message };
  }
  return { ok: true, envelope: parsed.data };
}
