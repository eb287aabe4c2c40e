import type { Section } from './document';

/** Lines of a paragraph join with a space (Markdown soft breaks); paragraphs with a blank line. */
export function readSummary(sections: readonly Section[]): string {
  const paragraphs: string[] = [];
  let paragraph: string[] = [];
  const endParagraph = (): void => {
    if (paragraph.length > 0) paragraphs.push(paragraph.join(' '));
    paragraph = [];
  };
  for (const section of sections) {
    for (const line of section.lines) {
      const text = line.trim();
      if (text === '') endParagraph();
      else paragraph.push(text);
    }
    endParagraph();
  }
  return paragraphs.join('\n\n');
}
