/** 75_000 → "1:15"; an hour or more → "1:02:03". Rounded down, so a countdown shows 0:00 only when time is up. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const pad = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** A countdown shows the time left rounded up: 0:01 until the last millisecond. */
export const formatRemaining = (ms: number): string => formatDuration(Math.ceil(Math.max(0, ms) / 1000) * 1000);
