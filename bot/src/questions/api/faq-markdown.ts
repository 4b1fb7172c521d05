import type { FaqEntry } from '../domain/faq-entry';

/** The published FAQ as Markdown: a heading per theme, each question with its answer. */
export function faqMarkdown(groups: { theme: string; entries: FaqEntry[] }[], title: string): string {
  const lines = [`# ${title}`, ''];
  for (const group of groups) {
    lines.push(`## ${group.theme}`, '');
    for (const e of group.entries) lines.push(`### ${e.question}`, '', e.answer.trim(), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
