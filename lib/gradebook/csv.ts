/** Excel opens a UTF-8 file as UTF-8 (Chinese names intact) only when it starts with a byte order mark. */
export const UTF8_BOM = "\uFEFF";

/** RFC 4180: a field with a comma, quote or line break is quoted, and its quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A whole CSV file: BOM, CRLF line ends (RFC 4180), every row quoted as needed. */
export function encodeCsv(rows: readonly (readonly string[])[]): string {
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
