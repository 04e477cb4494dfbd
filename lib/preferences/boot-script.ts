import { CONTENT_LANG_COOKIE_NAME } from "./content-lang-choices";
import { THEME_COOKIE_NAME } from "./theme-choices";
import { VIEWER_HINT_KEY } from "./viewer-hint";

/**
 * Runs in <head> before the first paint of every page, prerendered ones included (which are the same for everyone,
 * so they cannot be rendered in a visitor's choices). From the visitor's own cookies and storage it sets on <html>:
 * the theme (`data-theme`, and `.dark` for dark or a dark system), the content-language choice
 * (`data-content-lang`, which question pages show by CSS) and the viewer hint (`data-viewer`, which header links
 * show). So nothing flashes or moves once the page is painted. Tiny and dependency-free: it is inlined into every
 * page, and allowed by its hash in the CSP (lib/security/boot-script-hash.ts).
 */
export const BOOT_SCRIPT = `(function(){try{var d=document.documentElement,c=document.cookie;function g(n){var m=c.match(new RegExp("(?:^|; )"+n+"=([^;]*)"));return m?decodeURIComponent(m[1]):""}var t=g("${THEME_COOKIE_NAME}");if(t!=="light"&&t!=="dark")t="system";d.dataset.theme=t;d.classList.toggle("dark",t==="dark"||(t==="system"&&matchMedia("(prefers-color-scheme: dark)").matches));var l=g("${CONTENT_LANG_COOKIE_NAME}");if(/^(zh|en|both)$/.test(l))d.dataset.contentLang=l;var v=localStorage.getItem("${VIEWER_HINT_KEY}");if(v==="member"||v==="admin")d.dataset.viewer=v}catch(e){}})();`;
