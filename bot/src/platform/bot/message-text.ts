// entities is an ES module: this CommonJS build loads it with require(esm) (Node 20.19+), which tsc's node16 mode
// refuses as an import (TS1479), so it is required and typed as the ES module it is.
const { decodeHTML } = require('entities') as typeof import('entities', { with: { 'resolution-mode': 'import' }});

/** The plain text of a Teams message body (HTML or text), as a person would read it, trimmed. */
export function plainTextOf(content: string, contentType = 'html'): string {
  const text = contentType === 'text' ? content : textOfHtml(content);
  return text
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Line-breaking tags become new lines, other tags go, and entities are decoded (a non-breaking space as a space). */
function textOfHtml(html: string): string {
  const withoutTags = html.replace(/<(br|\/p|\/div|\/li)\s*\/?>/gi, '\n').replace(/<[^>]*>/g, '');
  return decodeHTML(withoutTags).replace(/\u00a0/g, ' ');
}
