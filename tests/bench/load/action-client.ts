import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

type Manifest = { node: Record<string, { exportedName?: string; filename?: string }> };

/**
 * Server action ids by exported name, from the production build's manifest: the ids change with every build,
 * so a load test must look them up rather than record them.
 */
export function actionIds(root = ROOT): Map<string, string> {
  const manifest = JSON.parse(readFileSync(`${root}/.next/server/server-reference-manifest.json`, "utf8")) as Manifest;
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) if (entry.exportedName) ids.set(entry.exportedName, id);
  return ids;
}

export type ActionCall = { status: number; ok: boolean; result: unknown; setCookies: string[] };

/** The headers a browser sends when React calls a server action from `page`. */
export function actionHeaders(baseUrl: string, actionId: string, cookie?: string): Record<string, string> {
  return {
    "Next-Action": actionId,
    "Content-Type": "text/plain;charset=UTF-8",
    Accept: "text/x-component",
    Origin: baseUrl,
    ...(cookie ? { Cookie: cookie } : {}),
  };
}

/** React's reply encoding for plain JSON arguments: strings starting with "$" are escaped as "$$". */
export function encodeArgs(args: unknown[]): string {
  return JSON.stringify(args, (_key, value: unknown) =>
    typeof value === "string" && value.startsWith("$") ? `$${value}` : value,
  );
}

/**
 * The action's return value from a Flight response: row 0 points at the row holding it ("$@1"). Our actions
 * return plain JSON (`ActionResult`), so that row parses as JSON.
 */
export function decodeActionResult(body: string | Buffer): unknown {
  const rows = flightRows(typeof body === "string" ? Buffer.from(body) : body);
  const head = rows.get("0");
  if (!head) throw new Error(`not a server action response: ${body.slice(0, 200).toString()}`);
  const ref = (JSON.parse(head) as { a?: string }).a;
  const row = ref?.startsWith("$@") ? rows.get(ref.slice(2)) : undefined;
  if (row === undefined) throw new Error(`no action result in the response: ${body.slice(0, 200).toString()}`);
  return JSON.parse(row);
}

/** Splits a Flight stream into rows: `id:json\n`, except text rows `id:T<hex byte length>,<bytes>` that may hold newlines. */
function flightRows(buf: Buffer): Map<string, string> {
  const rows = new Map<string, string>();
  let i = 0;
  while (i < buf.length) {
    const colon = buf.indexOf(":", i);
    if (colon < 0) break;
    const id = buf.subarray(i, colon).toString();
    if (buf[colon + 1] === 0x54 /* T */) {
      const comma = buf.indexOf(",", colon);
      const length = parseInt(buf.subarray(colon + 2, comma).toString(), 16);
      rows.set(id, buf.subarray(comma + 1, comma + 1 + length).toString());
      i = comma + 1 + length;
    } else {
      const end = buf.indexOf("\n", colon);
      rows.set(id, buf.subarray(colon + 1, end < 0 ? buf.length : end).toString());
      i = end < 0 ? buf.length : end + 1;
    }
  }
  return rows;
}

/** Whether a decoded action result is our `{ ok: true }` (anything else, including a crash page, is an error). */
export const isOkResult = (result: unknown): boolean =>
  typeof result === "object" && result !== null && (result as { ok?: unknown }).ok === true;

/** One call of a server action over HTTP, as the browser makes it. */
export async function callAction(
  baseUrl: string,
  actionId: string,
  args: unknown[],
  cookie?: string,
  page = "/en",
): Promise<ActionCall> {
  const res = await fetch(`${baseUrl}${page}`, {
    method: "POST",
    headers: actionHeaders(baseUrl, actionId, cookie),
    body: encodeArgs(args),
  });
  const body = Buffer.from(await res.arrayBuffer());
  let result: unknown;
  try {
    result = decodeActionResult(body);
  } catch {
    result = undefined;
  }
  return { status: res.status, ok: res.ok && isOkResult(result), result, setCookies: res.headers.getSetCookie() };
}

/**
 * Signs up through the real sign-up form action, encoded the way React sends a form (multipart, fields
 * prefixed "_1_", argument 0 = previous state), and returns the session cookie it sets.
 */
export async function signUpOverHttp(
  baseUrl: string,
  actionId: string,
  account: { name: string; email: string; password: string },
): Promise<string> {
  const form = new FormData();
  for (const [key, value] of Object.entries({ ...account, next: "/" })) form.append(`_1_${key}`, value);
  form.append("0", JSON.stringify(["$undefined", "$K1"]));
  const { "Content-Type": _, ...headers } = actionHeaders(baseUrl, actionId);
  const res = await fetch(`${baseUrl}/en/sign-up`, { method: "POST", headers, body: form, redirect: "manual" });
  const cookie = cookieHeader(res.headers.getSetCookie());
  if (!cookie.includes("session_token"))
    throw new Error(`sign-up of ${account.email} failed (HTTP ${res.status}): ${(await res.text()).slice(0, 300)}`);
  return cookie;
}

/** The Cookie header a browser would send back for these Set-Cookie headers. */
export const cookieHeader = (setCookies: string[]): string =>
  setCookies
    .map((c) => c.split(";")[0]!)
    .filter((c) => !c.endsWith("="))
    .join("; ");
