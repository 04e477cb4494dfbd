import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { mailConfigOf, readEnv } from "@/lib/env";
import { createMailer, describeMail, outboxFileName } from "@/lib/mail/mailer";

const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

describe("the local outbox (no SMTP_URL)", () => {
  it("writes each message as an .eml file a mail program opens, and logs it with its link", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "outbox-"));
    folders.push(folder);
    const logged: string[] = [];
    const mailer = createMailer(
      {
        kind: "outbox",
        folder: path.join(folder, "outbox"),
        from: "Goldmine <no-reply@goldmine.test>",
        resetAllowed: true,
      },
      (line) => logged.push(line),
    );
    const link = "http://localhost:3000/en/reset-password?token=abc123";
    await mailer.send({ to: "lin@example.com", subject: "Reset your 金矿 password", text: `打开链接 Open ${link}` });
    await mailer.send({ to: "lin@example.com", subject: "Second", text: "Again" });

    const files = (await readdir(path.join(folder, "outbox"))).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z-lin-example\.com-[0-9a-f]{6}\.eml$/);
    const raw = await readFile(
      path.join(
        folder,
        "outbox",
        files.find((f) => f === files[0])!,
      ),
      "utf8",
    );
    expect(raw).toMatch(/^From: Goldmine <no-reply@goldmine\.test>$/m);
    expect(raw).toMatch(/^To: lin@example\.com$/m);
    // Base64 keeps the link whole (quoted-printable would write "token=3Dabc123" and could break the line).
    expect(raw).toMatch(/^Content-Transfer-Encoding: base64$/m);
    const body = raw.slice(raw.indexOf("\n\n") + 2);
    expect(Buffer.from(body, "base64").toString("utf8")).toBe(`打开链接 Open ${link}`);
    expect(logged[0]).toContain("lin@example.com");
    expect(logged[0]).toContain(link);
    expect(logged[0]).toContain(path.join(folder, "outbox"));
    expect(mailer.canReachPeople).toBe(true);
  });

  it("names files by time and address, safely, and never the same name twice", () => {
    const at = new Date("2026-12-07T10:58:49.267Z");
    expect(outboxFileName("Lin.Wei+x/../@Example.com", at, "a1b2c3")).toBe(
      "2026-12-07T10-58-49-267Z-lin.wei-x-.-example.com-a1b2c3.eml",
    );
  });
});

describe("where mail goes", () => {
  it("locally without SMTP: the outbox in the data folder, and reset links allowed", () => {
    const config = mailConfigOf(readEnv({}));
    expect(config).toEqual({
      kind: "outbox",
      folder: path.resolve("data/outbox"),
      from: "Goldmine <no-reply@localhost.localdomain>",
      resetAllowed: true,
    });
    expect(describeMail(config)).toMatch(
      /no SMTP_URL, so messages .* are written to the server log and to .*data\/outbox/,
    );
  });

  it("in production without SMTP: reset refused, and the startup line says so", () => {
    const env = readEnv({
      NODE_ENV: "production",
      SITE_URL: "https://goldmine.example.edu",
      SESSION_SECRET: "k3Jx9v0QyT2mWcB8rLpZ4sNdH6fAeG1u",
    });
    const config = mailConfigOf(env);
    expect(config).toMatchObject({
      kind: "outbox",
      resetAllowed: false,
      from: "Goldmine <no-reply@goldmine.example.edu>",
    });
    expect(createMailer(config).canReachPeople).toBe(false);
    expect(describeMail(config)).toMatch(/password reset by email is switched off \(set SMTP_URL to enable it\)/);
  });

  it("with SMTP_URL: through that server, from MAIL_FROM", () => {
    const config = mailConfigOf(
      readEnv({ SMTP_URL: "smtps://mailer:p%40ss@smtp.example.edu:465", MAIL_FROM: "Goldmine <help@example.edu>" }),
    );
    expect(config).toEqual({
      kind: "smtp",
      url: "smtps://mailer:p%40ss@smtp.example.edu:465",
      from: "Goldmine <help@example.edu>",
    });
    // The password never reaches the log.
    expect(describeMail(config)).toBe("✓ mail: sent through smtp.example.edu:465 as Goldmine <help@example.edu>");
  });
});
