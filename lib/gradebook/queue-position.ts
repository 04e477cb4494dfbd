/** `?at=` of a grading queue's address: a whole number from 0, anything else the first answer. */
export function queuePosition(at: string | string[] | undefined): number {
  const value = typeof at === "string" && /^\d{1,6}$/.test(at) ? Number(at) : 0;
  return value;
}
