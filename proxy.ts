import { NextResponse, type NextRequest } from "next/server";

/**
 * Runs before routing. A path with a malformed percent-escape (`/topics/%ff`, a stray `%`) makes Next's route
 * matcher throw while decoding the dynamic segment, which `next start` answers with a bare 500 (vercel/next.js
 * #92527); such a request is the client's mistake, so it gets a 400 that says so.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname.includes("%") && !decodes(pathname))
    return new NextResponse("Bad request: the address contains a malformed percent-escape (%).\n", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  return NextResponse.next();
}

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  // Build output and public files never have dynamic segments.
  matcher: ["/((?!_next/static|_next/image|katex/|favicon.ico|icon.svg).*)"],
};
