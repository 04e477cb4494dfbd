import { startServer } from "./start-server";

/**
 * The server a browser benchmark measures: the one at `--url` when given (left running), otherwise a production
 * server of this checkout started on `port` with its own database, stopped when `run` ends.
 */
export async function withTargetServer<T>(
  url: string | undefined,
  port: number,
  databaseUrl: string,
  run: (baseUrl: string) => Promise<T>,
): Promise<T> {
  if (url) return run(url.replace(/\/$/, ""));
  console.log(`▶ starting a production server on port ${port} (builds first if the sources changed)…`);
  const server = await startServer({ port, databaseUrl });
  try {
    return await run(server.url);
  } finally {
    await server.stop();
  }
}
