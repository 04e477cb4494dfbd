import "server-only";
import { getFormatter } from "next-intl/server";
import { getLearnerSettings } from "./profile";

/**
 * Dates as the viewer reads them: in their UI language and in the time zone their browser last reported (the
 * server's own zone means nothing to a student in Shanghai). Returns a formatter for many dates at once.
 */
export async function viewerDateTime(): Promise<(at: Date) => string> {
  const [format, settings] = await Promise.all([getFormatter(), getLearnerSettings()]);
  return (at) => format.dateTime(at, { dateStyle: "medium", timeStyle: "short", timeZone: settings.timeZone });
}
