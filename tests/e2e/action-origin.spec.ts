import { readdirSync, readFileSync } from "node:fs";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import {
  callAction,
  isActionResult,
  readAnswer,
  serverActions,
  type Origin,
  type ServerAction,
} from "./server-actions";

// Every server action in the build must refuse a request that does not come from this site's own pages: the
// cross-site forms and scripts of a CSRF attack. What a refusal looks like (seen on the running server):
// - no Origin header: Next lets it through; runAction's check answers 200 with the typed result
//   { ok: false, error: { code: "forbidden", message: <errors.action.forbidden.cross-site> } } and runs nothing;
// - Origin "null" or another site: Next refuses before any of our code runs, HTTP 500 with an error row (E{digest})
//   where the result would be.
// An action that crashes on malformed arguments answers just like Next's refusal, so a refusal only counts when the
// very same request, sent with this site's Origin, shows that the action ran: a typed result (these inputs fail
// the action's schema, so nothing is written), or for an action that returns nothing, what it visibly did.

const FOREIGN: { what: string; origin: Origin }[] = [
  { what: "no Origin header", origin: undefined },
  { what: 'Origin "null"', origin: "null" },
  { what: "another site's Origin", origin: "https://evil.example" },
];

const CROSS_SITE_MESSAGE = (
  JSON.parse(readFileSync("lib/i18n/messages/en.json", "utf8")) as {
    errors: { action: { forbidden: Record<string, string> } };
  }
).errors.action.forbidden["cross-site"];

type Probe = { shape: string; args: () => unknown[]; ran: (response: APIResponse) => Promise<boolean> };

const form = (fields: Record<string, string> = {}) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

/** Answered with its own typed result: the action itself ran (and found the empty input wanting). */
async function typedResult(response: APIResponse): Promise<boolean> {
  const answer = await readAnswer(response);
  return answer.returned && isActionResult(answer.value) && answer.value.error?.code !== "forbidden";
}

/**
 * Arguments tried in order with this site's Origin; the first that shows the action ran is used. The first fits
 * both `action(input)` (input undefined) and `formAction(previous, form)`; the second `formAction(form)`.
 */
const PROBES: Probe[] = [
  { shape: "(undefined, empty form)", args: () => [undefined, form()], ran: typedResult },
  { shape: "(empty form)", args: () => [form()], ran: typedResult },
];

/** Actions that return nothing: only what they do shows whether they ran. None at present. */
const EFFECT_PROBES: Record<string, Probe> = {};

/** Who refused, or undefined when the response is no recognisable refusal (or the action ran). */
async function refusal(response: APIResponse, probe: Probe): Promise<string | undefined> {
  if (await probe.ran(response)) return undefined;
  const answer = await readAnswer(response);
  if (!answer.returned) return response.status() >= 400 ? `Next (HTTP ${response.status()}, no result)` : undefined;
  if (isActionResult(answer.value))
    return answer.value.error?.code === "forbidden" && answer.value.error.message === CROSS_SITE_MESSAGE
      ? "runAction's origin check"
      : undefined;
  // An action that returns nothing, and this time did not do what it did for this site.
  return answer.value === undefined && response.status() === 200
    ? "runAction's origin check (nothing done)"
    : undefined;
}

const actions = serverActions();

test("the build's manifest lists every server action in lib/actions", () => {
  const declared = readdirSync("lib/actions")
    .map((name) => `lib/actions/${name}`)
    .filter((file) => readFileSync(file, "utf8").startsWith('"use server"'))
    .flatMap((file) =>
      Array.from(readFileSync(file, "utf8").matchAll(/^export async function (\w+)/gm), (m) => `${file}#${m[1]}`),
    );
  expect(declared.length).toBeGreaterThan(20);
  expect(actions.map((a) => `${a.file}#${a.name}`).sort()).toEqual(declared.sort());
});

for (const action of actions) {
  test(`${action.name} (${action.file}) refuses a request with no Origin, Origin "null" or another site's`, async ({
    request,
    baseURL,
  }) => {
    const sameSite = new URL(baseURL!).origin;
    const probe = await probeFor(request, action, sameSite);
    for (const { what, origin } of FOREIGN) {
      const response = await callAction(request, action, probe.args(), origin);
      const by = await refusal(response, probe);
      expect(
        by,
        `${action.name}${probe.shape} with ${what}: ${response.status()} ${(await response.text()).slice(0, 300)}`,
      ).toBeTruthy();
      test.info().annotations.push({ type: "refused", description: `${what}: by ${by}` });
    }
  });
}

/** The first probe that, sent from this site, shows the action ran: the control every refusal is judged against. */
async function probeFor(request: APIRequestContext, action: ServerAction, sameSite: string): Promise<Probe> {
  const candidates = EFFECT_PROBES[action.name] ? [EFFECT_PROBES[action.name]!] : PROBES;
  for (const probe of candidates)
    if (await probe.ran(await callAction(request, action, probe.args(), sameSite))) return probe;
  throw new Error(
    `${action.name}: no request from this site's own origin showed that it ran, so a refusal would prove nothing. ` +
      "If it returns nothing, add what it visibly does to EFFECT_PROBES.",
  );
}
