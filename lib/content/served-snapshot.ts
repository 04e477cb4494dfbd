import type { ContentSnapshot } from "./schemas/snapshot";

/**
 * Which snapshot a server should serve when the file on disk changes. A production server never trades content
 * that works for content with errors: one mistake in one question must not replace every page with the error
 * panel (and fail the health check a load balancer watches). It keeps the last good snapshot until a clean one
 * arrives. During development the errors are the point: the author sees them in place of the page.
 */
export function chooseServedSnapshot(
  current: ContentSnapshot | undefined,
  candidate: ContentSnapshot,
  { production }: { production: boolean },
): ContentSnapshot {
  const candidateBroken = candidate.errors.length > 0;
  const currentGood = current !== undefined && current.errors.length === 0;
  return production && candidateBroken && currentGood ? current : candidate;
}
