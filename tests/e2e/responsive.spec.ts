import { expect, test } from "@playwright/test";
import { pageTypes } from "./page-types";

// A small phone: nothing may scroll the whole page sideways; wide code and tables scroll inside their own box.
test.use({ viewport: { width: 360, height: 740 } });

for (const { name, open } of pageTypes()) {
  test(`the ${name} page fits a 360 px wide phone`, async ({ page }) => {
    await open(page, "en");
    await expect(page.getByRole("navigation").first()).toBeVisible();
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.scrollWidth;
      const culprits = Array.from(document.querySelectorAll("body *"))
        .filter((el) => el.getBoundingClientRect().right > 361)
        .slice(0, 3)
        .map((el) => el.outerHTML.slice(0, 100));
      return { width, culprits };
    });
    expect(overflow.width, overflow.culprits.join("\n")).toBeLessThanOrEqual(360);
  });
}

for (const lang of ["en", "zh"] as const) {
  test(`the header is one compact row on a phone (${lang}), and its menu opens the links, language and theme`, async ({
    page,
  }) => {
    await page.goto(`/${lang}`);
    const header = page.locator("body > header");
    const height = async () => (await header.boundingBox())!.height;
    expect(await height()).toBeLessThanOrEqual(64);
    const menu = page.getByRole("button", { name: lang === "en" ? "Menu" : "菜单" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    const review = page.getByRole("link", { name: lang === "en" ? "Review" : "复习", exact: true });
    await expect(review).toBeHidden();

    await menu.focus();
    await page.keyboard.press("Enter");
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(review).toBeVisible();
    // Each language's name stays on one line.
    const switchTo = page.getByRole("navigation", { name: lang === "en" ? "Language" : "语言" }).getByRole("link");
    for (const link of await switchTo.all()) {
      const box = (await link.boundingBox())!;
      const lineHeight = await link.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
      expect(box.height).toBeLessThan(lineHeight * 2);
    }
    await page.keyboard.press("Escape");
    await expect(review).toBeHidden();
    await expect(menu).toBeFocused();

    await menu.click();
    await review.click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/review`));
    await expect(menu).toHaveAttribute("aria-expanded", "false");
  });
}
