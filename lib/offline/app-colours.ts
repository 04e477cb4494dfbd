/**
 * The installed app's colours, shared by the web-app manifest (app/manifest.ts) and the pages' theme-color:
 * amber-600, the diamond of app/icon.svg, for the title bar; the light page background for the splash screen.
 */
export const THEME_COLOR = "#d97706";
export const BACKGROUND_COLOR = "#ffffff";
