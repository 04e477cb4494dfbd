import { BOOT_SCRIPT } from "../preferences/boot-script";
import { scriptHash } from "./inline-scripts";

/** The layout's boot script runs before any nonce could reach it on a prerendered page: it is allowed by hash. */
export const BOOT_SCRIPT_HASH = scriptHash(BOOT_SCRIPT);
