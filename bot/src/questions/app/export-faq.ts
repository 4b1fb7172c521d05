import type { FaqEntry } from '../domain/faq-entry';
import type { QuestionsPorts } from './ports';

/** The published FAQ grouped by theme (themes in their set order), ready to publish on KELSI. */
export async function faqByTheme(ports: QuestionsPorts): Promise<{ theme: string; entries: FaqEntry[] }[]> {
  const [themes, entries] = await Promise.all([ports.faq.themes(), ports.faq.published()]);
  const order = new Map(themes.map((t, i) => [t.name, i]));
  const groups = new Map<string, FaqEntry[]>();
  for (const entry of entries) groups.set(entry.themeName, [...(groups.get(entry.themeName) ?? []), entry]);
  return [...groups]
    .sort(([a], [b]) => (order.get(a) ?? 99) - (order.get(b) ?? 99) || a.localeCompare(b))
    .map(([theme, list]) => ({ theme, entries: list.sort((x, y) => x.question.localeCompare(y.question)) }));
}
