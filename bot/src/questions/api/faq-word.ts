import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { FaqEntry } from '../domain/faq-entry';

/** The published FAQ as a Word document: a heading per theme, each question with its answer and source. */
export async function faqWord(groups: { theme: string; entries: FaqEntry[] }[], title: string): Promise<Buffer> {
  const children = [new Paragraph({ text: title, heading: HeadingLevel.TITLE })];
  for (const group of groups) {
    children.push(new Paragraph({ text: group.theme, heading: HeadingLevel.HEADING_1 }));
    for (const e of group.entries) {
      children.push(new Paragraph({ text: e.question, heading: HeadingLevel.HEADING_2 }));
      for (const paragraph of e.answer.trim().split(/\n{2,}/)) children.push(new Paragraph({ text: paragraph }));
      const dated = e.validUntil ? ` · Valid until ${e.validUntil}` : '';
      children.push(new Paragraph({ children: [new TextRun({ text: `Source: ${e.source}${dated}`, italics: true })] }));
    }
  }
  return Packer.toBuffer(new Document({ title, creator: 'Kent County Council', sections: [{ children }] }));
}
