import { privateJson } from "@/lib/data/private-json";
import { getDueToday } from "@/lib/data/review";

export const dynamic = "force-dynamic";

/** `GET /api/me/due`: cards due today, in all and per topic, for the home and topic pages. */
export async function GET() {
  const { total, byTopic } = await getDueToday();
  return privateJson({ total, byTopic: Object.fromEntries(byTopic) });
}
