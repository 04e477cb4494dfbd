import { expect, test } from "@playwright/test";
import { findQuestion } from "./content-lookup";

test("the language switch shows the UI and content in Chinese, and is remembered", async ({ page }) => {
  const q = findQuestion((x) => x.type === "open");
  await page.goto(`/questions/${q.id}`);
  await expect(page.getByRole("heading", { level: 1, name: q.langs.en!.title })).toBeVisible();

  await page.getByRole("link", { name: "中文" }).click();
  await expect(page).toHaveURL(new RegExp(`/zh/questions/${q.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: q.langs.zh!.title })).toBeVisible();
  await expect(page.getByRole("button", { name: "显示答案" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "为大模型与 AI 创业面试做准备" })).toBeVisible();
  await expect(page).toHaveURL(/\/zh$/);
  await page.getByRole("link", { name: "English" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Practise for LLM and AI-startup interviews" }),
  ).toBeVisible();
});

test.describe("a first visit from a Chinese browser", () => {
  test.use({ locale: "zh-CN" });
  test("follows the browser's language", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "为大模型与 AI 创业面试做准备" })).toBeVisible();
  });
});
