import { getLocale, getTranslations } from "next-intl/server";
import { HeaderSearchBox } from "./HeaderSearchBox.client";

/** The search box in the site header. */
export async function HeaderSearch() {
  const [t, locale] = await Promise.all([getTranslations("search"), getLocale()]);
  return (
    <HeaderSearchBox
      action={`/${locale}/search`}
      landmark={t("headerLandmark")}
      label={t("headerLabel")}
      placeholder={t("headerPlaceholder")}
    />
  );
}
