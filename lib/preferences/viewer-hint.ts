/**
 * What the header needs to know about the visitor before the first paint: which links to show. A hint kept in
 * localStorage and refreshed from /api/me after every page load, never a permission: every personal page and
 * action checks the session itself. Zod-free because every page's boot script and header read it.
 */
export const VIEWER_KINDS = ["guest", "member", "admin"] as const;
export type ViewerKind = (typeof VIEWER_KINDS)[number];
export const VIEWER_HINT_KEY = "goldmine.viewer";
