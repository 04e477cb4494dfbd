import { getTranslations } from "next-intl/server";
import { HeaderSearchBox } from "./HeaderSearchBox.client";

/** The search box in the site header. */
export async function HeaderSearch() {
  const t = await getTranslations("search");
  return (
    <HeaderSearchBox landmark={t("headerLandmark")} label={t("headerLabel")} placeholder={t("headerPlaceholder")} />
  );
}
