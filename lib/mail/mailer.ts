import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { MailConfig } from "../env";

/** One message the app sends: a person's address, a subject and plain text (links stay readable and unaltered). */
export type MailMessage = { to: string; subject: string; text: string };

export type Mailer = {
  /** Sends the message (SMTP) or files it (the local outbox); rejects when the SMTP server refuses it. */
  send(message: MailMessage): Promise<void>;
  /** False when the message would reach nobody: production without SMTP. Password reset is refused then. */
  readonly canReachPeople: boolean;
};

type Log = (line: string) => void;

/**
 * Mail through nodemailer: to the configured SMTP server, or, with none configured, into `data/outbox/` as one
 * .eml file per message (nodemailer's stream transport builds it exactly as it would be sent) plus a line in the
 * server log, so a developer can follow a reset link without a mail server.
 */
export function createMailer(config: MailConfig, log: Log = (line) => console.info(line)): Mailer {
  // Base64, not quoted-printable: QP turns "token=" into "token=3D" and breaks long lines, which some mail programs
  // mangle into a link that no longer works.
  const encoded = (message: MailMessage) => ({ from: config.from, ...message, textEncoding: "base64" as const });
  if (config.kind === "smtp") {
    const transport = nodemailer.createTransport(config.url);
    return {
      canReachPeople: true,
      async send(message) {
        await transport.sendMail(encoded(message));
      },
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    canReachPeople: config.resetAllowed,
    async send(message) {
      const { message: raw } = await transport.sendMail(encoded(message));
      const file = path.join(config.folder, outboxFileName(message.to, new Date(), randomBytes(3).toString("hex")));
      await mkdir(config.folder, { recursive: true });
      await writeFile(file, raw as Buffer);
      log(`✉ mail to ${message.to} (no SMTP_URL: kept in ${file}): ${message.subject}\n${message.text}`);
    },
  };
}

/**
 * `2026-12-07T10-58-49-267Z-lin-example.com-3fa2c1.eml`: sorts by time, names the person, is safe on every file
 * system, and two messages to one person in the same millisecond (`unique`) never overwrite each other.
 */
export function outboxFileName(to: string, now: Date, unique: string): string {
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  const who = to
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, "-")
    .replace(/\.{2,}/g, ".")
    .slice(0, 80);
  return `${stamp}-${who}-${unique}.eml`;
}

/** One sentence for the startup log: where mail goes, and whether people can recover their accounts. */
export function describeMail(config: MailConfig): string {
  if (config.kind === "smtp") return `✓ mail: sent through ${new URL(config.url).host} as ${config.from}`;
  return config.resetAllowed
    ? `  mail: no SMTP_URL, so messages (password reset links) are written to the server log and to ${config.folder}`
    : "⚠ mail: no SMTP_URL in production, so password reset by email is switched off (set SMTP_URL to enable it)";
}
