import "server-only";
import { recordAuditEvent } from "../audit/record-audit-event";
import { privateJson } from "../data/private-json";
import { prisma } from "../db/client";
import { ForbiddenError, UnauthenticatedError } from "../errors";
import { toFailure } from "../errors/messages";
import { accountExportFileName, exportAccountData } from "../privacy/export-account-data";
import { requireViewer } from "../session/require-viewer";
import { assertSameOrigin } from "./assert-same-origin";

/**
 * `POST /api/me/export`, the account page's "Download my data": the signed-in person's data as a JSON attachment
 * named with the date. A form post (not a link), so a cross-site page cannot make the browser fetch it: the Origin
 * is checked as for every action (403), and a visitor who is not signed in gets 401. The export is audited.
 */
export async function downloadAccountData(): Promise<Response> {
  const now = new Date();
  try {
    await assertSameOrigin();
    const viewer = await requireViewer();
    const data = await prisma.$transaction(async (tx) => {
      const exported = await exportAccountData(tx, viewer.userId, now);
      await recordAuditEvent(tx, now, {
        kind: "data_export",
        actorId: viewer.userId,
        targetId: viewer.userId,
        details: {},
      });
      return exported;
    });
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${accountExportFileName(now)}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    const { error: body } = await toFailure(error);
    const status = error instanceof UnauthenticatedError ? 401 : error instanceof ForbiddenError ? 403 : 500;
    return privateJson({ error: body }, status);
  }
}
