/** Every TextBlock text and FactSet value in a card, joined: what a person reads. */
export function cardText(card: unknown): string {
  const parts: string[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const element = node as Record<string, unknown>;
    if (element.type === 'TextBlock' && typeof element.text === 'string') parts.push(element.text);
    if (element.type === 'FactSet' && Array.isArray(element.facts)) {
      for (const fact of element.facts as { value: string }[]) parts.push(fact.value);
    }
    for (const value of Object.values(element)) if (typeof value === 'object') visit(value);
  };
  visit(card);
  return parts.join('\n');
}

/** The titles of a card's actions, in order. */
export function actionTitles(card: { actions?: { title?: string }[] }): string[] {
  return (card.actions ?? []).map((a) => a.title ?? '');
}
