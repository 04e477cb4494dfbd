import type { Db } from "../db/types";
import { generateJoinCode } from "./join-code";

/** A code no class uses. A clash is astronomically rare; a few retries make it impossible in practice. */
export async function uniqueJoinCode(db: Db, pick?: (max: number) => number): Promise<string> {
  for (let i = 0; i < 5; i++) {
    const code = generateJoinCode(pick);
    if (!(await db.classroom.findUnique({ where: { joinCode: code }, select: { id: true } }))) return code;
  }
  throw new Error("Could not find an unused join code");
}
