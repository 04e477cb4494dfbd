const CLOZE_SPAN =
  /<span class="cloze" data-cloze="(\d+)"><span class="cloze-blank">(.*?)<\/span><span class="cloze-answer">(.*?)<\/span><\/span>/g;

/**
 * A cloze card asks one blank: the other blanks show their answers as context (the pipeline renders every
 * blank as a blank/answer pair; see lib/content/markdown/cloze.ts).
 */
export function clozeCardHtml(promptHtml: string, activeIndex: number): string {
  return promptHtml.replace(CLOZE_SPAN, (whole, index: string, _blank: string, answer: string) =>
    Number(index) === activeIndex
      ? whole.replace('class="cloze"', 'class="cloze cloze-active"')
      : `<span class="cloze-context">${answer}</span>`,
  );
}
