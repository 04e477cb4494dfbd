/**
 * Which option of a choice card a key picks before the answer is shown: A, B, C … or 1, 2, 3 … (case-insensitive).
 * After the answer is shown the number keys rate instead (see the shortcut sheet), so the two never clash.
 * Z is never an option letter: it undoes, and no card has 26 options.
 */
export function optionForKey(key: string, optionCount: number): number | undefined {
  const letter = /^[a-y]$/i.test(key) ? key.toLowerCase().charCodeAt(0) - 97 : undefined;
  const digit = /^[1-9]$/.test(key) ? Number(key) - 1 : undefined;
  const index = letter ?? digit;
  return index !== undefined && index < optionCount ? index : undefined;
}

/** The picks after choosing option `index`: a single-answer card swaps its pick, a multiple-answer card toggles it. */
export function togglePick(picked: readonly number[], index: number, multiple: boolean): number[] {
  if (!multiple) return [index];
  return picked.includes(index) ? picked.filter((i) => i !== index) : [...picked, index];
}
