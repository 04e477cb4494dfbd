import { createHash } from "node:crypto";

/**
 * Question ids are permanent (progress is keyed by them), so they are generated once, here, and never derived
 * again: `<prefix>-<slug of the title's English words>`, or `<prefix>-q-<8 hex of sha256(title)>` for a title
 * without English words (a Chinese post), so the id is stable for the same title and still kebab-case.
 */

const MAX_WORDS = 8;
const MAX_SLUG = 60;

export function baseId(prefix: string, title: string): string {
  // Formulas make poor ids ($\sqrt{d_k}$ → "sqrt-d-k"); drop them before taking words.
  const plain = title.replace(/\$\$?[^$]*\$\$?/g, " ").normalize("NFKD");
  const words = (plain.match(/[A-Za-z0-9]+/g) ?? []).map((w) => w.toLowerCase());
  if (!words.some((w) => /[a-z]/.test(w))) {
    return `${prefix}-q-${createHash("sha256").update(title).digest("hex").slice(0, 8)}`;
  }
  let slug = "";
  for (const w of words.slice(0, MAX_WORDS)) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > MAX_SLUG && slug) break;
    slug = next;
  }
  return `${prefix}-${slug.slice(0, MAX_SLUG).replace(/-+$/, "")}`;
}

/** `base`, or `base-2`, `base-3`… whichever is free; the chosen id is added to `used`. */
export function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
