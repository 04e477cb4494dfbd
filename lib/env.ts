import path from "node:path";
import { z } from "zod";

/** An empty value (`LLM_API_KEY=` in an env file) means "not set", not "set to nothing". */
function blankIsUnset<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());
}

/**
 * Every environment variable the app reads, with its default. Nothing else reads process.env for settings,
 * so a bad value fails at startup with one clear message instead of deep inside a request.
 */
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME: z.string().min(1).default("0.0.0.0"),
  /** file:<path> for the embedded SQLite (the default), or postgresql://user:password@host:5432/db (postgres:// too). */
  DATABASE_URL: z
    .string()
    .default("file:./data/app.db")
    .refine(
      (u) =>
        (u.startsWith("file:") && u.length > "file:".length) || (/^postgres(ql)?:\/\/\S+$/.test(u) && URL.canParse(u)),
      "must be file:<path> for SQLite (e.g. file:./data/app.db) or postgresql://user:password@host:5432/database for PostgreSQL",
    ),
  CONTENT_DIR: z.string().min(1).default("content"),
  CONTENT_SNAPSHOT: z.string().min(1).default(".goldmine/content.json"),
  /**
   * Signs the anonymous-profile cookie and better-auth's session cookie. Locally optional: without it a key is
   * generated and kept beside the database. A deployment must set it (see GOLDMINE_MODE).
   */
  SESSION_SECRET: z
    .string()
    .min(32, "must be at least 32 characters (e.g. openssl rand -base64 32)")
    .refine(
      (s) => !KNOWN_DEFAULT_SECRETS.has(s),
      "is the example value from the README: generate your own (openssl rand -base64 32)",
    )
    .optional(),
  /** (Not BASE_URL: Vite and vitest set that one to "/".) The site's public address, e.g. https://goldmine.example.edu: session cookies are Secure when it is https. */
  SITE_URL: z
    .string()
    .refine(
      (u) => /^https?:\/\/[^/\s]+/.test(u) && URL.canParse(u),
      "must be an http(s) address such as https://goldmine.example.edu",
    )
    .transform((u) => u.replace(/\/+$/, ""))
    .optional(),
  /**
   * "production" for a deployment (secrets required), "local" for `npm start` on one's own machine. Defaults to
   * "production" when NODE_ENV is production, so a server started by hand with NODE_ENV=production is strict.
   */
  GOLDMINE_MODE: z.enum(["local", "production"]).optional(),
  /** Sign-in tries per 15 minutes and sign-ups per hour from one address (the per-account limit is fixed at 5). */
  AUTH_IP_LIMIT: z.coerce.number().int().min(1).default(100),
  /**
   * How many reverse proxies stand in front of the app, each appending to X-Forwarded-For and passing the public
   * host. 0 (the default): the app faces clients directly, so forwarded headers are the client's own words and are
   * ignored; the socket's address is the client's.
   */
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * The optional answer grader: an OpenAI-compatible chat-completions endpoint (Ollama, llama.cpp's server, vLLM or
   * a hosted API), e.g. http://127.0.0.1:11434/v1. Nothing is sent anywhere unless both it and LLM_MODEL are set.
   */
  LLM_BASE_URL: blankIsUnset(
    z
      .string()
      .refine(
        (u) => /^https?:\/\/[^/\s]+/.test(u) && URL.canParse(u),
        "must be an http(s) address such as http://127.0.0.1:11434/v1",
      )
      .transform((u) => u.replace(/\/+$/, "")),
  ),
  /** The model the endpoint serves, as it names it (e.g. qwen2.5:7b-instruct for Ollama). */
  LLM_MODEL: blankIsUnset(z.string().trim().min(1)),
  /** Sent as a bearer token; local servers need none. */
  LLM_API_KEY: blankIsUnset(z.string().min(1)),
  /** How long one grading may take before the learner is told it timed out (and may try again). */
  LLM_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
  /**
   * The content's GitHub repository, e.g. https://github.com/acme/goldmine-content: problem reports listed to admins
   * get a link that opens a prefilled issue there. Unset: reports are only kept in the app.
   */
  CONTENT_REPO_URL: blankIsUnset(
    z
      .string()
      .refine(
        (u) => /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/?$/.test(u),
        "must be a GitHub repository address such as https://github.com/acme/goldmine-content",
      )
      .transform((u) => u.replace(/\/+$/, "")),
  ),
  /** The e-mail address the Contact page gives for questions, corrections and data requests. */
  CONTACT_EMAIL: blankIsUnset(z.email("must be an e-mail address such as team@goldmine.example.edu")),
  /** The project's public repository (source and issues), given on the Contact page, e.g. https://github.com/org/goldmine. */
  SOURCE_URL: blankIsUnset(
    z
      .string()
      .refine(
        (u) => /^https?:\/\/[^/\s]+/.test(u) && URL.canParse(u),
        "must be an http(s) address such as https://github.com/org/goldmine",
      )
      .transform((u) => u.replace(/\/+$/, "")),
  ),
  /** Gradings per learner per study day (04:00 to 04:00 in their time zone): the endpoint's cost is finite. */
  LLM_DAILY_LIMIT: z.coerce.number().int().min(1).max(10_000).default(50),
  /**
   * Outgoing mail (password reset links, email-change confirmations): smtp://user:password@host:587 (STARTTLS when
   * the server offers it) or smtps://user:password@host:465 (TLS from the start); user and password URL-encoded.
   * Unset: local mode writes each message to the server log and to data/outbox/, and production refuses to send
   * reset links (a deployment without mail cannot let anyone recover an account).
   */
  SMTP_URL: blankIsUnset(
    z
      .string()
      .refine(
        (u) => /^smtps?:\/\/[^/\s]+/.test(u) && URL.canParse(u),
        "must be smtp://user:password@host:587 or smtps://user:password@host:465 (user and password URL-encoded)",
      ),
  ),
  /** The sender of every message, e.g. "Goldmine <no-reply@goldmine.example.edu>"; defaults to no-reply@ the site's host. */
  MAIL_FROM: blankIsUnset(
    z
      .string()
      .trim()
      .refine(
        (v) => z.email().safeParse(/^[^<>]*<([^<>]+)>$/.exec(v)?.[1] ?? v).success,
        'must be an address such as no-reply@goldmine.example.edu or "Goldmine <no-reply@goldmine.example.edu>"',
      ),
  ),
  /** How long a password reset link works, in minutes (5 minutes to 24 hours). */
  PASSWORD_RESET_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(60),
});

/** Secrets that appear in our docs: a deployment using one of them is as good as unprotected. */
const KNOWN_DEFAULT_SECRETS = new Set([
  "replace-me-with-the-output-of-openssl-rand-base64-32",
  "change-me-change-me-change-me-change-me",
]);

const ProductionEnvSchema = EnvSchema.superRefine((env, ctx) => {
  // Half a grader configuration is a mistake, not a choice: say which half is missing instead of silently grading nothing.
  if (Boolean(env.LLM_BASE_URL) !== Boolean(env.LLM_MODEL)) {
    const missing = env.LLM_BASE_URL ? "LLM_MODEL" : "LLM_BASE_URL";
    const present = env.LLM_BASE_URL ? "LLM_BASE_URL" : "LLM_MODEL";
    ctx.addIssue({
      code: "custom",
      path: [missing],
      message: `is required when ${present} is set: the answer grader needs both the endpoint and the model (or neither, to switch it off)`,
    });
  }
  const production = (env.GOLDMINE_MODE ?? (env.NODE_ENV === "production" ? "production" : "local")) === "production";
  if (!production) return;
  if (!env.SESSION_SECRET) {
    ctx.addIssue({
      code: "custom",
      path: ["SESSION_SECRET"],
      message: "is required in production (generate one with: openssl rand -base64 32)",
    });
  }
  if (!env.SITE_URL) {
    ctx.addIssue({
      code: "custom",
      path: ["SITE_URL"],
      message: "is required in production: the site's public address, e.g. https://goldmine.example.edu",
    });
  }
});
export type Env = z.infer<typeof EnvSchema>;

export class EnvError extends Error {}

type Source = Record<string, string | undefined>;

const ENV_KEYS = Object.keys(EnvSchema.shape);
/** The last valid parse per source object, with the values it was parsed from: a changed variable is parsed afresh. */
const parsed = new WeakMap<Source, { values: string; env: Env }>();

/**
 * The validated environment. Read on every request (the database, the session secret, the snapshot path), so a
 * source's parse is kept until one of its variables changes: comparing ten strings is far cheaper than zod.
 */
export function readEnv(source: Source = process.env): Env {
  const values = ENV_KEYS.map((key) => source[key] ?? "\u0000").join("\u0001");
  const known = parsed.get(source);
  if (known?.values === values) return known.env;
  const env = parseEnv(source);
  parsed.set(source, { values, env });
  return env;
}

function parseEnv(source: Source): Env {
  const result = ProductionEnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new EnvError(`Invalid environment variables:\n${lines.join("\n")}`);
  }
  return result.data;
}

export type Database = { provider: "sqlite"; file: string } | { provider: "postgresql"; url: string };

/** The database DATABASE_URL names: a SQLite file (relative paths are from the project root) or a PostgreSQL server. */
export function databaseOf(env: Pick<Env, "DATABASE_URL"> = readEnv()): Database {
  const url = env.DATABASE_URL;
  return url.startsWith("file:")
    ? { provider: "sqlite", file: path.resolve(url.replace(/^file:/, "")) }
    : { provider: "postgresql", url };
}

/** Where files the app writes beside its database live (the local session key): the SQLite file's folder, or data/. */
export function dataFolder(env: Pick<Env, "DATABASE_URL"> = readEnv()): string {
  const database = databaseOf(env);
  return database.provider === "sqlite" ? path.dirname(database.file) : path.resolve("data");
}

/** True for a deployment: secrets are required and session cookies follow SITE_URL's scheme. */
export const isProduction = (env: Env): boolean =>
  (env.GOLDMINE_MODE ?? (env.NODE_ENV === "production" ? "production" : "local")) === "production";

/** The answer grader's settings, or null when none is configured (then nothing is ever sent to a model). */
export type GraderConfig = { baseURL: string; model: string; apiKey?: string; timeoutMs: number; dailyLimit: number };

/** How mail leaves the app: through an SMTP server, or (no SMTP_URL) into the local outbox folder and the log. */
export type MailConfig =
  | { kind: "smtp"; url: string; from: string }
  | {
      kind: "outbox";
      folder: string;
      from: string;
      /** In production the outbox is no way to reach a person. */ resetAllowed: boolean;
    };

export function mailConfigOf(env: Env = readEnv()): MailConfig {
  const host = new URL(env.SITE_URL ?? `http://localhost:${env.PORT}`).hostname;
  const from = env.MAIL_FROM ?? `Goldmine <no-reply@${host.includes(".") ? host : `${host}.localdomain`}>`;
  if (env.SMTP_URL) return { kind: "smtp", url: env.SMTP_URL, from };
  return { kind: "outbox", folder: path.join(dataFolder(env), "outbox"), from, resetAllowed: !isProduction(env) };
}

export function graderConfigOf(env: Env = readEnv()): GraderConfig | null {
  if (!env.LLM_BASE_URL || !env.LLM_MODEL) return null;
  return {
    baseURL: env.LLM_BASE_URL,
    model: env.LLM_MODEL,
    apiKey: env.LLM_API_KEY,
    timeoutMs: env.LLM_TIMEOUT_MS,
    dailyLimit: env.LLM_DAILY_LIMIT,
  };
}
