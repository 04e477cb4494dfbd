import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { expect, type Page } from "@playwright/test";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export type Person = { name: string; email: string; password: string };

/** A person no earlier run has signed up (the e2e database is kept between local runs). */
export function newPerson(name: string): Person {
  const id = randomUUID().slice(0, 8);
  return {
    name: `${name} ${id}`,
    email: `${name.toLowerCase().replace(/\W+/g, "-")}-${id}@example.com`,
    password: `tide-lantern-${id}`,
  };
}

/**
 * Signed in once the form has moved on and the page marks a member (`<html data-viewer>`, which shows the header's
 * Account link). The link itself is always in the prerendered header, and on a phone it sits in the closed menu,
 * so neither its presence nor its visibility says who is here.
 */
async function expectSignedIn(page: Page): Promise<void> {
  await expect(page).not.toHaveURL(/\/sign-(in|up)(\?|$)/);
  await expect(page.locator("html")).toHaveAttribute("data-viewer", /^(member|admin)$/);
}

export async function signUp(page: Page, person: Person, next?: string): Promise<void> {
  await page.goto(next ? `/sign-up?next=${encodeURIComponent(next)}` : "/sign-up");
  await page.getByLabel("Name").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign up" }).click();
  await expectSignedIn(page);
}

export async function signIn(page: Page, person: Pick<Person, "email" | "password">, next?: string): Promise<void> {
  await page.goto(next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in");
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expectSignedIn(page);
}

/** `npm run user:role` against the e2e server's database: how an instructor or admin comes to exist. */
export function setRole(email: string, role: "candidate" | "instructor" | "admin"): void {
  execFileSync("node_modules/.bin/tsx", ["lib/cli/user-role.ts", email, role], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: "file:./data/e2e.db" },
    stdio: "pipe",
  });
}
