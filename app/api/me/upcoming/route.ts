import { upcomingAssignments } from "@/lib/data/classes";
import { privateJson } from "@/lib/data/private-json";
import { getLearnerSettings } from "@/lib/session/profile";

export const dynamic = "force-dynamic";

/**
 * `GET /api/me/upcoming`: the home page's "Assigned to me", the next five to do by due date, with the time zone
 * the visitor's dates are shown in (the one their browser last reported).
 */
export async function GET() {
  const [upcoming, settings] = await Promise.all([upcomingAssignments(5), getLearnerSettings()]);
  return privateJson({
    timeZone: settings.timeZone,
    items: upcoming.map((a) => ({ id: a.id, title: a.title, className: a.className, dueAt: a.dueAt.toISOString() })),
  });
}
