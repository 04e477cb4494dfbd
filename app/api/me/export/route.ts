import { downloadAccountData } from "@/lib/actions/download-account-data";

export const dynamic = "force-dynamic";

/** `POST /api/me/export`: the signed-in person's data as a JSON download (lib/actions/download-account-data.ts). */
export function POST() {
  return downloadAccountData();
}
