import type { Diagnostic } from "../content/diagnostics";

/** The content snapshot is missing or has errors: the page cannot be built from it. */
export class ContentUnavailableError extends Error {
  readonly kind = "content-unavailable";
  constructor(
    message: string,
    readonly diagnostics: Diagnostic[] = [],
  ) {
    super(message);
    this.name = "ContentUnavailableError";
  }
}
