/**
 * The request header through which the production server (lib/cli/serve.ts) tells the app the client's address it
 * worked out from the socket and TRUSTED_PROXIES. The server always overwrites it, so a client cannot set it.
 */
export const CLIENT_IP_HEADER = "x-goldmine-client-ip";
