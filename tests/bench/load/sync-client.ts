import type { CardKey } from "../../../lib/review/card-keys";
import type { ReviewEvent, ReviewStateResponse, SyncEvent, SyncResponse } from "../../../lib/review/sync-protocol";

/** The headers the browser's sync client sends: JSON, its own origin, and the visitor's cookies. */
export function syncHeaders(origin: string, cookie?: string): Record<string, string> {
  return { "Content-Type": "application/json", Origin: origin, ...(cookie ? { Cookie: cookie } : {}) };
}

export const randomOf = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

/** One rating as the browser logs it: a fresh id, a rating weighted towards Good, the device's clock. */
export const reviewEvent = (card: CardKey, at: Date): ReviewEvent => ({
  kind: "review",
  id: crypto.randomUUID(),
  ...card,
  rating: randomOf([1, 2, 3, 3, 3, 4] as const),
  reviewedAt: at.toISOString(),
  lang: "en",
});

/** The ids the server acknowledged: stored now, or stored before (a retry). Only these may the device forget. */
export const acknowledgedIds = (response: SyncResponse): string[] =>
  response.results.flatMap((r) => (r.status === "rejected" ? [] : [r.id]));

export type SyncCall = { status: number; response?: SyncResponse; text: string; setCookies: string[] };

/** One `POST /api/review/sync`, as the browser makes it. */
export async function postSync(
  baseUrl: string,
  body: { profileId: string | null; timeZone?: string; events: SyncEvent[] },
  cookie?: string,
): Promise<SyncCall> {
  const res = await fetch(`${baseUrl}/api/review/sync`, {
    method: "POST",
    headers: syncHeaders(baseUrl, cookie),
    body: JSON.stringify(body),
  });
  const text = await res.text();
  let response: SyncResponse | undefined;
  try {
    response = res.ok ? (JSON.parse(text) as SyncResponse) : undefined;
  } catch {
    response = undefined;
  }
  return { status: res.status, response, text, setCookies: res.headers.getSetCookie() };
}

/** `GET /api/review/state`: what the browser downloads once before reviewing on its own. */
export async function downloadState(baseUrl: string, cookie: string): Promise<ReviewStateResponse> {
  const res = await fetch(`${baseUrl}/api/review/state`, { headers: { Cookie: cookie } });
  if (!res.ok)
    throw new Error(`GET /api/review/state failed (HTTP ${res.status}): ${(await res.text()).slice(0, 300)}`);
  return (await res.json()) as ReviewStateResponse;
}
