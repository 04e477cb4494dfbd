import type { MetadataRoute } from "next";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh.json";
import { BACKGROUND_COLOR, THEME_COLOR } from "@/lib/offline/app-colours";

/**
 * The web-app manifest (/manifest.webmanifest), one for both languages: an installed app has a single name, so it
 * carries both. It opens on the flashcards, which work offline; /review goes to the visitor's language (online by
 * the server's redirect, offline by the service worker, lib/offline/sw.ts). Icons: lib/cli/app-icons.ts.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: `${en.app.name} · ${zh.app.name}`,
    short_name: `${en.app.name} ${zh.app.name}`,
    description: `${en.app.tagline} · ${zh.app.tagline}`,
    lang: "en",
    dir: "ltr",
    start_url: "/review",
    scope: "/",
    display: "standalone",
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    categories: ["education"],
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
