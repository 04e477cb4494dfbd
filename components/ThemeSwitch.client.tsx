"use client";

import { useLayoutEffect, useSyncExternalStore, useTransition } from "react";
import { setTheme } from "@/lib/actions/set-theme";
import { THEME_COOKIE_NAME, THEMES, type Theme } from "@/lib/preferences/theme-choices";

const DARK_QUERY = "(prefers-color-scheme: dark)";

const parseThemeChoice = (value: string | undefined): Theme =>
  (THEMES as readonly string[]).includes(value ?? "") ? (value as Theme) : "system";

/**
 * The visitor's theme as the boot script set it on <html>. A page React drew in the browser (Next's 404 and error
 * pages are) never ran the boot script, so then the cookie is read here instead.
 */
function currentTheme(): Theme {
  const set = document.documentElement.dataset.theme;
  if (set) return parseThemeChoice(set);
  const cookie = document.cookie.match(new RegExp(`(?:^|; )${THEME_COOKIE_NAME}=([^;]*)`));
  return parseThemeChoice(cookie?.[1]);
}

/** <html data-theme> is the one place the choice lives on the page: every change to it re-renders the switch. */
const subscribe = (changed: () => void) => {
  const observer = new MutationObserver(changed);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  return () => observer.disconnect();
};

function applyTheme(theme: Theme) {
  const root = document.documentElement;
  root.dataset.theme = theme;
  root.classList.toggle("dark", theme === "dark" || (theme === "system" && window.matchMedia(DARK_QUERY).matches));
}

// A half-filled circle, a sun and a moon, in the text colour. Each part: [path, filled?].
const ICONS: Record<Theme, [string, boolean][]> = {
  system: [
    ["M10 3a7 7 0 0 0 0 14Z", true],
    ["M10 3a7 7 0 1 1 0 14 7 7 0 0 1 0-14Z", false],
  ],
  light: [
    ["M10 6.5a3.5 3.5 0 1 1 0 7 3.5 3.5 0 0 1 0-7Z", false],
    ["M10 1.5v2.5M10 16v2.5M1.5 10H4M16 10h2.5M4 4l1.8 1.8M14.2 14.2 16 16M4 16l1.8-1.8M14.2 5.8 16 4", false],
  ],
  dark: [["M16.5 12.5A7 7 0 0 1 7.5 3.5a7 7 0 1 0 9 9Z", true]],
};

/**
 * System / Light / Dark as three toggle buttons. The choice applies at once on the page and is stored in a cookie
 * by a server action, which the boot script reads before the next page's first paint. The page itself is the same
 * for everyone, so which button is pressed is read from <html> (where the boot script put it) once hydrated.
 */
export function ThemeSwitch({ labels }: { labels: Record<Theme, string> & { group: string } }) {
  // Unknown while prerendering (no button pressed), the visitor's once hydrated.
  const theme = useSyncExternalStore<Theme | undefined>(subscribe, currentTheme, () => undefined);
  const [, startTransition] = useTransition();
  useLayoutEffect(() => {
    if (!theme) return;
    applyTheme(theme);
    if (theme !== "system") return;
    const query = window.matchMedia(DARK_QUERY);
    const follow = () => applyTheme("system");
    query.addEventListener("change", follow);
    return () => query.removeEventListener("change", follow);
  }, [theme]);

  const choose = (next: Theme) => {
    applyTheme(next);
    startTransition(async () => void (await setTheme({ theme: next })));
  };

  return (
    <div
      role="group"
      aria-label={labels.group}
      className="flex items-center rounded-md border border-stone-300 dark:border-stone-700"
    >
      {THEMES.map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={theme === option}
          aria-label={labels[option]}
          title={labels[option]}
          onClick={() => choose(option)}
          className="grid h-8 w-8 place-items-center rounded-md text-stone-700 hover:bg-stone-100 aria-pressed:bg-amber-100 aria-pressed:text-stone-950 dark:text-stone-300 dark:hover:bg-stone-800 dark:aria-pressed:bg-amber-900/50 dark:aria-pressed:text-stone-50"
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 20 20"
            className="h-4 w-4"
            stroke="currentColor"
            strokeWidth={1.6}
            strokeLinecap="round"
          >
            {ICONS[option].map(([d, filled]) => (
              <path key={d} d={d} fill={filled ? "currentColor" : "none"} />
            ))}
          </svg>
        </button>
      ))}
    </div>
  );
}
