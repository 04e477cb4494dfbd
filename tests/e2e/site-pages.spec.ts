import { expect, test } from "@playwright/test";
import { msg, usePreferences } from "./page-types";

// The footer replaces the old developer line with the pages a visitor looks for: About, Privacy and Contact.
for (const lang of ["en", "zh"] as const) {
  test(`the footer leads to the About, Privacy and Contact pages (${lang})`, async ({ page, context, baseURL }) => {
    await usePreferences(context, baseURL!, { lang });
    await page.goto(`/${lang}`);
    const footer = page.getByRole("contentinfo").getByRole("navigation", { name: msg(lang, "site.footer.label") });
    await expect(page.getByRole("contentinfo")).not.toContainText("pull request");

    await footer.getByRole("link", { name: msg(lang, "site.footer.about") }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/about$`));
    await expect(page.getByRole("heading", { level: 1, name: msg(lang, "site.about.title") })).toBeVisible();
    await expect(page.getByText(msg(lang, "site.about.flashcards"))).toBeVisible();

    await footer.getByRole("link", { name: msg(lang, "site.footer.privacy") }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/privacy$`));
    await expect(page.getByRole("heading", { level: 1, name: msg(lang, "site.privacy.title") })).toBeVisible();
    for (const key of ["withoutAccount", "account", "classes", "grader", "remove"])
      await expect(
        page.getByRole("heading", { level: 2, name: msg(lang, `site.privacy.${key}Heading`) }),
      ).toBeVisible();

    await footer.getByRole("link", { name: msg(lang, "site.footer.contact") }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/contact$`));
    await expect(page.getByRole("heading", { level: 1, name: msg(lang, "site.contact.title") })).toBeVisible();
    // The address the server is configured with (CONTACT_EMAIL in playwright.config.ts).
    await expect(page.getByRole("link", { name: "team@goldmine.example" })).toHaveAttribute(
      "href",
      "mailto:team@goldmine.example",
    );
    await expect(page.getByText(msg(lang, "site.contact.none"))).toHaveCount(0);
  });
}
