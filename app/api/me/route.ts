import { privateJson } from "@/lib/data/private-json";
import type { ViewerKind } from "@/lib/preferences/viewer-hint";
import { currentViewer } from "@/lib/session/viewer";

export const dynamic = "force-dynamic";

/** `GET /api/me`: which header links fit the visitor (components/ViewerSync.client.tsx). */
export async function GET() {
  const viewer = await currentViewer();
  const kind: ViewerKind = !viewer ? "guest" : viewer.role === "admin" ? "admin" : "member";
  return privateJson({ viewer: kind });
}
