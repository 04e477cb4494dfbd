import "server-only";
import { prisma } from "../db/client";
import { getSnapshot } from "./snapshot";

export type Health = { ok: boolean; database: "ok" | "error"; content: { questions: number; articles: number } | "error" };

/** What a load balancer or `npm start`'s smoke check needs to know: can we read the database and the content? */
export async function checkHealth(): Promise<Health> {
  let database: Health["database"] = "ok";
  try {
    await prisma.$queryRaw`SELECT 1`;
  } catch {
    database = "error";
  }
  let content: Health["content"];
  try {
    const s = getSnapshot();
    content = { questions: s.questions.length, articles: s.articles.length };
  } catch {
    content = "error";
  }
  return { ok: database === "ok" && content !== "error", database, content };
}
