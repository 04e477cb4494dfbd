import { expect } from "@playwright/test";
import { SMTPServer } from "smtp-server";

/**
 * The SMTP port the e2e server sends mail to (its SMTP_URL, set in playwright.config.ts): beside the app's port,
 * so parallel runs on other ports never share it.
 */
export const smtpPort = (appPort: number) => appPort + 20_000;

export type CaughtMail = { to: string[]; subject: string; text: string };

/** Splits a message as nodemailer writes ours: one text part, base64 (lib/mail/mailer.ts). */
function parse(raw: string, to: string[]): CaughtMail {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, "im").exec(head)?.[1] ?? "";
  const body = raw.slice(split + 4);
  const base64 = /base64/i.test(header("Content-Transfer-Encoding"));
  return { to, subject: header("Subject"), text: base64 ? Buffer.from(body, "base64").toString("utf8") : body };
}

/**
 * A real SMTP server on a loopback port, started by the test: the app's mail goes over the network through
 * nodemailer exactly as it would to a provider, and the test reads what arrived.
 */
export async function startMailCatcher(port: number) {
  const inbox: CaughtMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        inbox.push(parse(Buffer.concat(chunks).toString("utf8"), to));
        done();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    /** Messages received for an address so far. */
    to: (address: string) => inbox.filter((m) => m.to.includes(address.toLowerCase())),
    /** Waits for the `count`th message to an address (mail leaves after the app's answer) and returns it. */
    async nth(address: string, count: number): Promise<CaughtMail> {
      await expect.poll(() => this.to(address).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(count);
      return this.to(address)[count - 1]!;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first address on this site in a message, e.g. its reset link. */
export function linkIn(mail: CaughtMail, path: string): string {
  const found = new RegExp(`https?://\\S+${path.replace(/[?]/g, "\\?")}\\S*`).exec(mail.text)?.[0];
  if (!found) throw new Error(`no ${path} link in: ${mail.text}`);
  return found;
}
