import { escapeHtml } from '../html/escape-html';
import type { AdaptiveCard } from './adaptive-card';

/** The subject and HTML body of an email carrying a card's words. */
export interface CardEmail {
  subject: string;
  html: string;
}

/** Only web links become links in an email; anything else stays plain text. */
const isWebLink = (url: unknown): url is string => typeof url === 'string' && /^https?:\/\//i.test(url);

/** A TextBlock's markdown as HTML: escaped first, then the card's bold and links. */
function inline(markdown: string): string {
  return escapeHtml(markdown)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2">$1</a>')
    .replace(/\n/g, '<br>');
}

function render(node: unknown, out: string[]): void {
  if (Array.isArray(node)) {
    for (const child of node) render(child, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const element = node as Record<string, unknown>;
  switch (element.type) {
    case 'TextBlock':
      if (typeof element.text === 'string') {
        const strong = element.weight === 'Bolder' || element.size === 'Large' || element.size === 'Medium';
        out.push(strong ? `<p><strong>${inline(element.text)}</strong></p>` : `<p>${inline(element.text)}</p>`);
      }
      return;
    case 'FactSet': {
      const facts = (element.facts as { title?: string; value?: string }[] | undefined) ?? [];
      const rows = facts.map(
        (f) => `<tr><th align="left">${escapeHtml(f.title ?? '')}</th><td>${inline(f.value ?? '')}</td></tr>`,
      );
      out.push(`<table>${rows.join('')}</table>`);
      return;
    }
    case 'Action.OpenUrl':
      if (isWebLink(element.url))
        out.push(`<p><a href="${escapeHtml(element.url)}">${escapeHtml(String(element.title ?? element.url))}</a></p>`);
      return;
    case 'Container':
    case 'Column':
      render(element.items, out);
      return;
    case 'ColumnSet':
      render(element.columns, out);
      return;
    case 'ActionSet':
      render(element.actions, out);
      return;
    default:
      // Inputs, buttons that act in Teams (Execute, Submit, ShowCard) and images do not travel by email.
      return;
  }
}

/**
 * A notification card as an email: its first line is the subject, its words, facts and web links the body, and a
 * link back to the app stands in for the buttons that only work in Teams.
 */
export function cardAsEmail(card: AdaptiveCard, appUrl: string): CardEmail {
  const first = card.body.find((e) => e.type === 'TextBlock' && typeof e.text === 'string');
  const subject = String(first?.text ?? 'Communities of Schools')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const body: string[] = [];
  render(card.body, body);
  render(card.actions ?? [], body);
  body.push(
    `<p><a href="${escapeHtml(appUrl)}">Open Communities of Schools</a> to see it and act on it in Teams.</p>`,
    '<p>You get this by email because the Communities of Schools app is not in your Teams yet.</p>',
  );
  return { subject: subject.slice(0, 200), html: `<!doctype html><html><body>${body.join('\n')}</body></html>` };
}
