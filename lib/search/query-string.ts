import type { SearchParams } from "./params";

/** The query string that reproduces these parameters, defaults left out: the shareable address of a search. */
export function searchQueryString(p: SearchParams): string {
  const entries = Object.entries(p).filter(
    ([k, v]) => typeof v === "string" && v !== "" && !(k === "lang" && v === "any"),
  ) as [string, string][];
  return new URLSearchParams(entries).toString();
}
