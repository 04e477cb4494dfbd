import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { APIRequestContext, APIResponse } from "@playwright/test";

/** A server action of the production build, and a page of the app that serves it. */
export type ServerAction = { id: string; name: string; file: string; page: string };

type Manifest = { node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }> };

/** Every server action the build registered (Next writes the manifest on `next build`), whoever imports it. */
export function serverActions(): ServerAction[] {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as Manifest;
  return Object.entries(manifest.node).map(([id, action]) => ({
    id,
    name: action.exportedName,
    file: action.filename,
    page: servingPage(Object.keys(action.workers)),
  }));
}

/**
 * A path that reaches one of the action's pages ("app/[locale]/classes/[classId]/page" → "/en/classes/x"): a page
 * without dynamic segments when there is one, in English. The action runs before the page would look its id up,
 * as in the browser.
 */
function servingPage(workers: string[]): string {
  const pages = workers
    .filter((w) => w !== "app/_not-found/page")
    .map((w) =>
      w
        .replace(/^app/, "")
        .replace(/\/page$/, "")
        .split("/")
        .filter(Boolean),
    )
    .map((segments) => segments.filter((s) => !/^\(.*\)$/.test(s)).map((s) => (s === "[locale]" ? "en" : s)))
    .sort((a, b) => a.filter(isDynamic).length - b.filter(isDynamic).length || a.length - b.length);
  if (!pages[0]) throw new Error(`no page serves this action (workers: ${workers.join(", ")})`);
  return "/" + pages[0].map((s) => (isDynamic(s) ? "x" : s)).join("/");
}

const isDynamic = (segment: string) => segment.startsWith("[");

/** The encoder Next's own client uses for an action's arguments (plain JSON text, or multipart with a FormData). */
const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-turbopack/client.edge") as {
  encodeReply: (args: unknown[]) => Promise<string | FormData>;
};

/** `undefined` sends no Origin header at all (a hand-made request, or a browser that withholds it). */
export type Origin = string | undefined;

/** Calls an action the way a browser page does: POST to the page with `Next-Action: <id>` and the encoded arguments. */
export async function callAction(
  request: APIRequestContext,
  action: ServerAction,
  args: unknown[],
  origin: Origin,
): Promise<APIResponse> {
  const body = await encodeReply(args);
  // In English, so a refusal's message can be compared with the one in lib/i18n/messages/en.json.
  const headers: Record<string, string> = {
    "next-action": action.id,
    accept: "text/x-component",
    "accept-language": "en",
  };
  if (origin !== undefined) headers.origin = origin;
  return typeof body === "string"
    ? request.post(action.page, {
        headers: { ...headers, "content-type": "text/plain;charset=UTF-8" },
        data: body,
        maxRedirects: 0,
      })
    : request.post(action.page, { headers, multipart: body, maxRedirects: 0 });
}

/** What came back in the response's action slot: the returned value, or an error row instead of one. */
export type ActionAnswer = { returned: true; value: unknown } | { returned: false };

/**
 * Reads the action's answer from Next's RSC response: row 0 names the row that holds it (`"a":"$@1"`); that row is
 * JSON (`"$undefined"` for nothing), or `E{…}` when the action threw or Next refused to run it.
 */
export async function readAnswer(response: APIResponse): Promise<ActionAnswer> {
  const rows = new Map(
    (await response.text())
      .split("\n")
      .filter((line) => line.includes(":"))
      .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1)] as const),
  );
  const slot = /"a":"\$@(\w+)"/.exec(rows.get("0") ?? "")?.[1];
  const row = slot === undefined ? undefined : rows.get(slot);
  if (row === undefined || row.startsWith("E")) return { returned: false };
  return { returned: true, value: row === '"$undefined"' ? undefined : JSON.parse(row) };
}

/** A typed ActionResult (lib/errors/result.ts), as every action built on runAction returns. */
export function isActionResult(value: unknown): value is { ok: boolean; error?: { code: string; message: string } } {
  return typeof value === "object" && value !== null && typeof (value as { ok?: unknown }).ok === "boolean";
}

/** The cookies a response sets, as `name=value`. */
export function cookiesSet(response: APIResponse): string[] {
  return response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "set-cookie")
    .map((h) => h.value.split(";")[0]!);
}
