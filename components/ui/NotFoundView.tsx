import { getTranslations } from "next-intl/server";
import { Link } from "@/components/navigation/Link";

export async function NotFoundView() {
  const t = await getTranslations("errors");
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <Link href="/" className="text-amber-800 underline dark:text-amber-300">
        {t("backHome")}
      </Link>
    </div>
  );
}
