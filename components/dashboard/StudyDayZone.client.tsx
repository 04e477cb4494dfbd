"use client";

import { useSyncExternalStore } from "react";

const noChange = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The dashboard's "a study day runs … in your time zone (X)". The server knows the zone the browser reported with
 * the learner's first rating; before that (`reported` false) it only has the default, UTC, which is not where the
 * learner is: the browser's own zone is shown instead, the one the first rating will record. `sentence` has
 * `{timeZone}` where the zone goes.
 */
export function StudyDayZone({ sentence, stored, reported }: { sentence: string; stored: string; reported: boolean }) {
  const zone = useSyncExternalStore(
    noChange,
    () => (reported ? stored : browserZone()),
    () => stored,
  );
  return <>{sentence.replace("{timeZone}", zone)}</>;
}
