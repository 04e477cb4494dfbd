import { expect, test } from "@playwright/test";

// Every dynamic route, with a segment that is not valid percent-encoding (a bot or a mangled link, never a page).
const MALFORMED = [
  "/topics/%ff",
  "/questions/%ff",
  "/articles/%e4%b8",
  "/quizzes/%",
  "/attempts/%ff",
  "/attempts/%ff/result",
  "/join/%zz",
  "/classes/%ff",
  "/classes/x/assignments/%ff",
];

test("a malformed percent-escape in any dynamic path gets a 400 that says so, never a 500", async ({ request }) => {
  for (const path of MALFORMED) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).toContain("malformed percent-escape");
  }
});

test("a valid escape still reaches the page (an unknown id is a 404, not a 400)", async ({ request }) => {
  const response = await request.get("/en/topics/%E4%B8%AD", { maxRedirects: 0 });
  expect(response.status()).toBe(404);
});
