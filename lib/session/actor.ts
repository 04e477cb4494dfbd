import "server-only";
import type { Profile } from "@prisma/client";
import type { Viewer } from "../auth/viewer";
import { prisma } from "../db/client";
import type { Locale } from "../i18n/locales";
import type { ContentDisplay } from "../preferences/content-lang";
import { rememberTimeZone } from "../profile/remember-time-zone";
import { LearnerSettingsSchema, type LearnerSettings } from "../preferences/study-settings";
import { ensureProfileRow } from "./ensure-profile";
import { getContentDisplay } from "./preferences";
import { currentViewer } from "./viewer";

/**
 * Who a server action acts for, as the action client hands it to the work. Each part is read on first use and then
 * kept, so an action pays only for what it asks (setting a theme reads no profile; rating a card reads it once).
 */
export type Actor = {
  /** The signed-in person, or undefined for an anonymous visitor. */
  viewer(): Promise<Viewer | undefined>;
  /** The acting profile row: the account's, or the anonymous visitor's, created (cookie and all) on first use. */
  profile(): Promise<Profile>;
  /**
   * Keeps the time zone the browser reported (when it sent one and it changed), so due dates show in the learner's
   * local time; the profile and settings handed out afterwards carry it.
   */
  noteTimeZone(timeZone: string | undefined): Promise<Profile>;
  /** The learner's study settings, from the same profile row. */
  settings(): Promise<LearnerSettings>;
  /** The interface language, the content-language preference and what it means for the content shown. */
  display(): Promise<{ uiLang: Locale; display: ContentDisplay }>;
  /** The interface language alone. */
  locale(): Promise<Locale>;
};

/** An actor known to be signed in: the guard that admitted it already read the viewer. */
export type SignedInActor = Actor & { user: Viewer };

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= load());
}

/** The actor of the current request; `now` stamps a profile created for a first-time visitor. */
export function loadActor(now: Date): Actor {
  const viewer = once(currentViewer);
  let current: Promise<Profile> | undefined;
  const profile = () => (current ??= ensureProfileRow(now));
  const display = once(getContentDisplay);
  return {
    viewer,
    profile,
    noteTimeZone: async (timeZone) => {
      const updated = await rememberTimeZone(prisma, await profile(), timeZone);
      current = Promise.resolve(updated);
      return updated;
    },
    settings: async () => LearnerSettingsSchema.parse(await profile()),
    display,
    locale: async () => (await display()).uiLang,
  };
}
