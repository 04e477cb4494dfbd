import { createHash } from "node:crypto";

/**
 * A UUID (v4 layout, so the services' z.uuid() checks accept it) derived from a name: the same demo row gets
 * the same id on every run and every machine, so the seed is reproducible and a rerun finds what it made.
 */
export function demoId(...parts: (string | number)[]): string {
  const hex = createHash("sha256")
    .update(`goldmine-demo\0${parts.join("\0")}`)
    .digest("hex");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
