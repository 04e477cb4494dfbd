import { getTranslations } from "next-intl/server";
import { formatDiagnostic, type Diagnostic } from "@/lib/content/diagnostics";

/** Shown instead of the page while the content has errors (in development; a build with errors fails). */
export async function ContentErrorList({ errors }: { errors: Diagnostic[] }) {
  const t = await getTranslations("errors");
  return (
    <div
      role="alert"
      className="space-y-4 rounded-lg border border-rose-300 bg-rose-50 p-6 dark:border-rose-800 dark:bg-rose-950"
    >
      <h1 className="text-xl font-semibold">
        {t("contentTitle")} ({errors.length})
      </h1>
      <p>{t("contentHelp")}</p>
      <ul className="space-y-1 overflow-x-auto font-mono text-sm">
        {errors.map((d, i) => (
          <li key={i} className="whitespace-pre">
            {formatDiagnostic(d)}
          </li>
        ))}
      </ul>
    </div>
  );
}
