"use client";

import { useEffect } from "react";
import { Link } from "@/components/navigation/Link.client";
import { useRouter } from "@/components/navigation/use-localized-router";
import type { ViewerKind } from "@/lib/preferences/viewer-hint";
import { usePrivateJson } from "../viewer/use-private-json";
import { useNextPath } from "./use-next-path";

/** Someone already signed in who opens sign-in or sign-up goes straight on to where they were headed. */
export function RedirectIfSignedIn() {
  const next = useNextPath();
  const router = useRouter();
  const me = usePrivateJson<{ viewer: ViewerKind }>("/api/me");
  useEffect(() => {
    // A `next` the server would refuse (another site, a scheme) is never followed here either.
    if (me && me.viewer !== "guest") router.replace(next.startsWith("/") && !next.startsWith("//") ? next : "/");
  }, [me, next, router]);
  return null;
}

/** "Create an account" / "Sign in instead", carrying the same `next` along. */
export function AuthSwitchLink({ to, children }: { to: "/sign-in" | "/sign-up"; children: string }) {
  const next = useNextPath();
  return (
    <Link
      href={next === "/" ? to : `${to}?next=${encodeURIComponent(next)}`}
      className="font-medium text-amber-800 underline dark:text-amber-300"
    >
      {children}
    </Link>
  );
}
