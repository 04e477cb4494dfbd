import "server-only";

/**
 * A JSON answer about the visitor. `private, no-store`: no shared cache (CDN, reverse proxy) may keep it, and the
 * browser asks again each time, since it changes with every rating, attempt or sign-in.
 */
export function privateJson(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { "cache-control": "private, no-store", vary: "Cookie" } });
}
