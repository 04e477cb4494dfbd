import type { QuizResponse } from "./response";

/** The text of an open or code response (empty for any other kind): what "Grade my answer" sends. */
export const typedText = (r: QuizResponse | undefined): string => (r && "text" in r ? r.text : "");
