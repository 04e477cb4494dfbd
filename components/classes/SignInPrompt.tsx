import { Link } from "@/components/navigation/Link";
import { link } from "@/components/ui/styles";

/** For anonymous visitors: why there is nothing here yet, and the way in (coming back to this page after). */
export function SignInPrompt({ text, linkText, next }: { text: string; linkText: string; next: string }) {
  return (
    <p className="rounded-lg border border-stone-200 p-4 dark:border-stone-800">
      {text}{" "}
      <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className={link}>
        {linkText}
      </Link>
    </p>
  );
}
