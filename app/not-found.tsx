import Link from "next/link";
import "./globals.css";

// An address outside every language (proxy.ts sends page addresses to one), so both languages, without the
// translations a [locale] page would have.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="mx-auto max-w-xl p-8 text-stone-900">
        <h1 className="text-2xl font-bold">Page not found · 页面不存在</h1>
        <p className="mt-3">
          <Link href="/" className="text-amber-800 underline">
            Home · 首页
          </Link>
        </p>
      </body>
    </html>
  );
}
