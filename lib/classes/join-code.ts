import { randomInt } from "node:crypto";
import { z } from "zod";

/** No 0/O, 1/I/L: a code read aloud or copied from a projector is typed right the first time. */
export const JOIN_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const JOIN_CODE_LENGTH = 8;

/** A fresh code from a cryptographic source: guessing one is ~31^8 ≈ 8.5e11 tries. */
export function generateJoinCode(pick: (max: number) => number = randomInt): string {
  return Array.from({ length: JOIN_CODE_LENGTH }, () => JOIN_CODE_ALPHABET[pick(JOIN_CODE_ALPHABET.length)]).join("");
}

/** What the learner typed, as the stored code: any case, spaces and dashes ignored ("abcd-efgh" = "ABCDEFGH"). */
export const normalizeJoinCode = (typed: string): string => typed.replace(/[\s\-‐-―]/g, "").toUpperCase();

/** The join form's field: normalised, then it must look like a code (anything else cannot match one). */
export const JoinCodeSchema = z
  .string()
  .max(100)
  .transform(normalizeJoinCode)
  .pipe(
    z
      .string()
      .length(JOIN_CODE_LENGTH, `must be ${JOIN_CODE_LENGTH} characters`)
      .regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]+$`), "has characters a join code never uses"),
  );
