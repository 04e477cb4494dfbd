/**
 * Reading speeds for long-form technical prose. Chinese is read character by character and English word by
 * word, so the two are counted separately and their times added: a mixed article (Chinese prose with English
 * terms and code) is not undercounted as "one word per CJK run" nor overcounted as "one word per letter".
 */
export const CJK_CHARACTERS_PER_MINUTE = 350;
export const LATIN_WORDS_PER_MINUTE = 225;

// Han ideographs (with extension A and compatibility forms), kana and Hangul: each character is read as a unit.
const CJK_CHARACTER = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]/gu;
// A run of letters or digits, with inner apostrophes, hyphens or dots ("don't", "state-of-the-art", "3.5").
const LATIN_WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

export type ReadingCounts = { cjkCharacters: number; latinWords: number };

export function countReadingUnits(text: string): ReadingCounts {
  const cjkCharacters = text.match(CJK_CHARACTER)?.length ?? 0;
  // Blank out CJK first so that letters glued to Chinese ("用GPU训练") still count as one word.
  const latinWords = text.replace(CJK_CHARACTER, " ").match(LATIN_WORD)?.length ?? 0;
  return { cjkCharacters, latinWords };
}

/** Whole minutes, rounded to the nearest, and at least one for any text that has something to read. */
export function readingMinutes(text: string): number {
  const { cjkCharacters, latinWords } = countReadingUnits(text);
  if (cjkCharacters + latinWords === 0) return 0;
  return Math.max(1, Math.round(cjkCharacters / CJK_CHARACTERS_PER_MINUTE + latinWords / LATIN_WORDS_PER_MINUTE));
}
