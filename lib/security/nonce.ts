/** 128 random bits, base64: a fresh script nonce for one response (Web Crypto, so it runs in any runtime). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
