/// <reference lib="webworker" />
import {
  CacheableResponsePlugin,
  CacheFirst,
  ExpirationPlugin,
  NetworkFirst,
  NetworkOnly,
  Serwist,
  type PrecacheEntry,
  type SerwistPlugin,
} from "serwist";
import { offlineCandidates } from "./offline-fallback";

/**
 * The service worker (served at /sw.js). Bundled by esbuild and given its precache list by Serwist's injectManifest
 * after `next build` (lib/cli/service-worker-build.ts); never imported by the app.
 *
 * - Precached at install: the prerendered pages that must open offline (home, flashcards once prerendered, the
 *   offline page) in both languages, each with a revision, and the build files they load, so a new deployment
 *   downloads exactly what changed and removes what is gone.
 * - A new worker takes over at once (skipWaiting + clientsClaim): no "reload to update" loop.
 * - Navigations ask the network first (the newest page online) and fall back to the last copy, then to the
 *   offline page in the page's language. Only prerendered pages are kept: a personal page (the dashboard, a quiz
 *   under way) must never be shown stale or stored on the device, so offline it says plainly that it needs a
 *   connection.
 */
declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

/** Replaced at bundle time with the build's id: each deployment keeps its pages in its own cache. */
declare const GOLDMINE_BUILD_ID: string;

const PAGES_CACHE = `pages-${GOLDMINE_BUILD_ID}`;

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: { cleanupOutdatedCaches: true, concurrency: 8 },
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: true,
  disableDevLogs: true,
  runtimeCaching: [
    // Personal state: never answered from a cache. (The worker never handles a POST such as /api/review/sync:
    // no route matches it, so it goes to the network as if there were no worker.)
    { matcher: ({ url }) => url.pathname.startsWith("/api/review/"), handler: new NetworkOnly() },
    // A question's address carries its content version (?v=…): a stored copy is never out of date.
    {
      matcher: ({ url }) => url.pathname.startsWith("/api/review-content/questions/"),
      handler: new CacheFirst({
        cacheName: "review-content",
        plugins: [new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: 2000 })],
      }),
    },
    // The catalog keeps its address across deployments, so the network decides while there is one.
    {
      matcher: ({ url }) => url.pathname.startsWith("/api/review-content/"),
      handler: new NetworkFirst({
        cacheName: "review-catalog",
        networkTimeoutSeconds: 4,
        plugins: [new CacheableResponsePlugin({ statuses: [200] })],
      }),
    },
    // Build output and KaTeX's files have their version in the address (or never change within a deployment).
    {
      matcher: ({ url }) => url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({
        cacheName: "next-static",
        plugins: [new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: 400 })],
      }),
    },
    {
      matcher: ({ url }) => url.pathname.startsWith("/katex/"),
      handler: new CacheFirst({
        cacheName: "katex",
        plugins: [new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: 100 })],
      }),
    },
  ],
});

/** Keeps a page only if the server says it is prerendered, i.e. the same for everyone. */
const onlyPrerendered: SerwistPlugin = {
  cacheWillUpdate: async ({ response }) =>
    response.status === 200 && response.headers.get("x-nextjs-prerender") === "1" ? response : null,
};

/** No network and no copy of this address: another stored copy of the page, else the offline page. */
const offlineFallback: SerwistPlugin = {
  handlerDidError: async ({ request }) => {
    const { pages, offline } = offlineCandidates(new URL(request.url).pathname, self.navigator.language);
    for (const page of pages) {
      const stored = (await caches.match(page, { cacheName: PAGES_CACHE })) ?? (await serwist.matchPrecache(page));
      if (stored) return stored;
    }
    return serwist.matchPrecache(offline);
  },
};

const navigations = new NetworkFirst({
  cacheName: PAGES_CACHE,
  // A connection that technically exists but answers nothing should not leave a blank screen for long.
  networkTimeoutSeconds: 4,
  plugins: [onlyPrerendered, new ExpirationPlugin({ maxEntries: 200 }), offlineFallback],
});

// Serwist answers precached addresses from the precache first; a page visit must instead get the newest copy when
// online, so page visits are routed here before Serwist sees them.
self.addEventListener("install", serwist.handleInstall);
self.addEventListener("activate", serwist.handleActivate);
self.addEventListener("message", serwist.handleCache);
self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.mode === "navigate" && request.method === "GET" && new URL(request.url).origin === self.location.origin)
    event.respondWith(navigations.handle({ event, request }));
  else serwist.handleFetch(event);
});

// Pages kept by an earlier deployment refer to its build files: dropped once this deployment takes over.
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((n) => n.startsWith("pages-") && n !== PAGES_CACHE).map((n) => caches.delete(n))),
      ),
  );
});
