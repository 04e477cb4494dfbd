import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InfoPage } from "@/components/InfoPage";
import { link } from "@/components/ui/styles";
import { siteContact } from "@/lib/data/site-contact";
import { pageAlternates } from "@/lib/i18n/page-alternates";
import { pageLocale, type LocaleParams } from "@/lib/session/page-locale";

type Props = { params: Promise<LocaleParams> };

// The addresses come from the server's environment (CONTACT_EMAIL, SOURCE_URL), which a deployment sets when it
// starts rather than when it is built: read for each request.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations("site.contact");
  return { title: t("title"), alternates: pageAlternates("/contact", locale) };
}

export default async function ContactPage({ params }: Props) {
  await pageLocale(params);
  const t = await getTranslations("site.contact");
  const { email, repository } = siteContact();
  return (
    <InfoPage title={t("title")}>
      <p>{t("intro")}</p>
      {email && (
        <p>
          {t.rich("email", {
            address: email,
            email: (chunks) => (
              <a href={`mailto:${email}`} className={link}>
                {chunks}
              </a>
            ),
          })}
        </p>
      )}
      {repository && (
        <>
          <p>
            {t.rich("repository", {
              url: repository,
              link: (chunks) => (
                <a href={repository} className={link} rel="noopener noreferrer">
                  {chunks}
                </a>
              ),
            })}
          </p>
          <p>{t("repositoryHint")}</p>
        </>
      )}
      {!email && !repository && <p>{t("none")}</p>}
    </InfoPage>
  );
}
