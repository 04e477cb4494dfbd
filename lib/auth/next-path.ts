/** Where signing in or up goes when `next` is missing or not a safe path on this site. */
export const DEFAULT_NEXT_PATH = "/";

// Long enough for any page of the site with its query; a longer value is not a link the app made.
const MAX_LENGTH = 2048;

// Reserved by RFC 2606, so never a real site: only a reference without a scheme or host of its own resolves into
// it. The real origin is not needed (a path means the same on every origin) and this keeps the check pure.
const BASE = "http://next-path.invalid";

/**
 * True for a C0 control (TAB, CR and LF included), DEL or a C1 control. Browsers and the URL parser silently drop
 * TAB, CR and LF anywhere in a URL, so "/\t/evil.example" is "//evil.example", another site; the rest make Node
 * refuse the Location header (ERR_INVALID_CHAR), a 500. No link the app makes contains one.
 */
function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}

/**
 * The page to go to after signing in or up, from an untrusted `next` (a query parameter or a form field): a path on
 * this site, as the URL parser reads it, or the home page. The answer is the resolved URL's own path, query and
 * fragment, percent-encoded ASCII, so what the browser follows is exactly what was checked and is always a valid
 * Location header. Anything else (another site, a scheme such as javascript:, a control character, a list of
 * values) gives the home page rather than an error: a bad link should still let the person sign in.
 */
export function safeNextPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > MAX_LENGTH || hasControlCharacter(value))
    return DEFAULT_NEXT_PATH;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return DEFAULT_NEXT_PATH;
  }
  if (url.origin !== BASE) return DEFAULT_NEXT_PATH;
  const path = url.pathname + url.search + url.hash;
  // Dot segments can leave a path that reads as a host: "/.//evil.example" resolves to the path "//evil.example",
  // which a browser follows to evil.example. The path must resolve to the very URL that was checked.
  if (new URL(path, BASE).href !== url.href) return DEFAULT_NEXT_PATH;
  return path;
}
