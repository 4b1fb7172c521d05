const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** The plain text of a Teams message body (HTML or text), as a person would read it, trimmed. */
export function plainTextOf(content: string, contentType = 'html'): string {
  const text =
    contentType === 'text'
      ? content
      : content
          .replace(/<(br|\/p|\/div|\/li)\s*\/?>/gi, '\n')
          .replace(/<[^>]*>/g, '')
          .replace(/&(#?\w+);/g, (whole, name: string) =>
            name.startsWith('#') && /^#\d+$/.test(name)
              ? String.fromCharCode(Number(name.slice(1)))
              : (ENTITIES[name] ?? whole),
          );
  return text
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
