import path from "node:path";
import { z } from "zod";

/**
 * Every environment variable the app reads, with its default. Nothing else reads process.env for settings,
 * so a bad value fails at startup with one clear message instead of deep inside a request.
 */
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .default("file:./data/app.db")
    .refine((u) => u.startsWith("file:"), "only SQLite is supported so far: use file:<path>, e.g. file:./data/app.db"),
  CONTENT_DIR: z.string().min(1).default("content"),
  CONTENT_SNAPSHOT: z.string().min(1).default(".goldmine/content.json"),
  /** Signs the anonymous-profile cookie. Optional: without it a key is generated and kept beside the database. */
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters (e.g. openssl rand -base64 32)").optional(),
});
export type Env = z.infer<typeof EnvSchema>;

export class EnvError extends Error {}

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new EnvError(`Invalid environment variables:\n${lines.join("\n")}`);
  }
  return result.data;
}

/** Absolute path of the SQLite file named by DATABASE_URL (relative paths are from the project root). */
export function sqlitePath(env: Pick<Env, "DATABASE_URL"> = readEnv()): string {
  return path.resolve(env.DATABASE_URL.replace(/^file:/, ""));
}
