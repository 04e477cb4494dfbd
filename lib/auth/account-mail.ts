import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { DEFAULT_LOCALE, LocaleSchema, type Locale } from "../i18n/locales";
import { localizedPath } from "../i18n/localized-path";
import type { Mailer } from "../mail/mailer";
import type { AccountMail } from "./create-auth";

/** The language of the page the request came from (a reset asked for on a Chinese page gets a Chinese message). */
async function requestLocale(): Promise<Locale> {
  try {
    return LocaleSchema.parse(await getLocale());
  } catch {
    return DEFAULT_LOCALE;
  }
}

/**
 * The account messages better-auth's flows send, in the requester's language, with links to this site's own
 * pages (not better-auth's HTTP endpoints: the app has none; the pages call its API on the server).
 */
export function accountMail(mailer: Mailer, site: { baseURL: string; resetLinkMinutes: number }): AccountMail {
  const link = (path: string, locale: Locale) => `${site.baseURL}${localizedPath(path, locale)}`;
  return {
    async sendResetLink(to, token) {
      const locale = await requestLocale();
      const t = await getTranslations({ locale, namespace: "mail.reset" });
      const url = link(`/reset-password?token=${encodeURIComponent(token)}`, locale);
      const text = t("body", {
        name: to.name,
        url,
        minutes: site.resetLinkMinutes,
        again: link("/forgot-password", locale),
      });
      await mailer.send({ to: to.email, subject: t("subject"), text });
    },
    async sendEmailChangeLink(to, token) {
      const locale = await requestLocale();
      const t = await getTranslations({ locale, namespace: "mail.changeEmail" });
      const url = link(`/confirm-email?token=${encodeURIComponent(token)}`, locale);
      await mailer.send({
        to: to.email,
        subject: t("subject"),
        text: t("body", { name: to.name, url, email: to.email }),
      });
    },
  };
}
