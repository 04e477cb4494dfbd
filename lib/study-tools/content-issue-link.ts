/** Issue text is sent in the address: keep it well inside what browsers and GitHub accept. */
const MAX_BODY_CHARS = 4000;

type IssueFacts = { questionId: string; questionTitle: string; reason: string; text: string; pageUrl?: string };

/**
 * A link that opens a new, prefilled issue in the content repository (GitHub's `issues/new?title=…&body=…`), so an
 * author can take a report to where the content is edited. Undefined when no repository is configured.
 */
export function contentIssueLink(repoUrl: string | undefined, facts: IssueFacts): string | undefined {
  if (!repoUrl) return undefined;
  const url = new URL(`${repoUrl.replace(/\/+$/, "")}/issues/new`);
  const body = [
    `Question: \`${facts.questionId}\` (${facts.questionTitle})`,
    facts.pageUrl ? `Page: ${facts.pageUrl}` : undefined,
    `Reason: ${facts.reason}`,
    "",
    facts.text,
  ]
    .filter((line) => line !== undefined)
    .join("\n");
  url.searchParams.set("title", `Problem with question ${facts.questionId}: ${facts.reason}`);
  url.searchParams.set("body", body.length > MAX_BODY_CHARS ? `${body.slice(0, MAX_BODY_CHARS - 1)}…` : body);
  return url.toString();
}
