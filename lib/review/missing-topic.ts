import { localeOfPath } from "../i18n/localized-path";

/** Where an address naming an unknown review topic is answered: a 404 page that says so, with the topics to pick. */
export const NO_SUCH_TOPIC_SEGMENT = "no-such-topic";

/**
 * For `/<lang>/review?topic=<id>` with an id the content does not have, the page to show instead
 * (`/<lang>/review/no-such-topic`); undefined for anything else, or when the known topics are not known (read
 * only for such an address).
 * The review page itself is prerendered and reads its scope in the browser, so it cannot answer with a 404.
 */
export function missingTopicPage(
  pathname: string,
  params: URLSearchParams,
  knownTopics: () => ReadonlySet<string> | undefined,
): string | undefined {
  const locale = localeOfPath(pathname);
  if (!locale || pathname.replace(/\/$/, "") !== `/${locale}/review`) return undefined;
  const topics = params.getAll("topic");
  // Two topics, or an empty one, is a malformed scope the page itself explains.
  if (topics.length !== 1 || !topics[0]) return undefined;
  const known = knownTopics();
  if (!known || known.has(topics[0])) return undefined;
  return `/${locale}/review/${NO_SUCH_TOPIC_SEGMENT}`;
}
