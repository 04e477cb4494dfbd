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
