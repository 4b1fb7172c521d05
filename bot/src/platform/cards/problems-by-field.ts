import { type CardElement, text } from './adaptive-card';

/** A card body with each refused field's problem under its input, and the problems no input on the card could show. */
export interface ProblemsPlaced {
  body: CardElement[];
  elsewhere: string[];
}

/**
 * Shows each problem of a refused form right under the input it is about: an Adaptive Card cannot mark an input
 * invalid from the server, so the form comes back with a red line below each field to change. Problem keys are the
 * service's field names (`prgServiceIds[1]` counts as `prgServiceIds`); `aliases` maps a service field to the input
 * that gathers it (e.g. `amountPence` → `amount`).
 */
export function problemsByField(
  body: CardElement[],
  problems: Record<string, string>,
  aliases: Record<string, string> = {},
): ProblemsPlaced {
  const byInput = new Map<string, string[]>();
  for (const [field, problem] of Object.entries(problems)) {
    const root = field.split(/[.[]/)[0] ?? field;
    const input = aliases[root] ?? root;
    byInput.set(input, [...new Set([...(byInput.get(input) ?? []), problem])]);
  }
  const shown = new Set<string>();
  const place = (elements: CardElement[]): CardElement[] =>
    elements.flatMap((element) => {
      const inner = withPlacedChildren(element, place);
      const id = typeof element.id === 'string' ? element.id : undefined;
      const own = id ? byInput.get(id) : undefined;
      if (!id || !own) return [inner];
      shown.add(id);
      return [inner, text(own.join(' '), { color: 'Attention', size: 'Small', spacing: 'None' })];
    });
  const placed = place(body);
  const elsewhere = [...new Set([...byInput].filter(([input]) => !shown.has(input)).flatMap(([, list]) => list))];
  return { body: placed, elsewhere };
}

function withPlacedChildren(element: CardElement, place: (elements: CardElement[]) => CardElement[]): CardElement {
  if (Array.isArray(element.items)) return { ...element, items: place(element.items as CardElement[]) };
  if (Array.isArray(element.columns)) {
    return { ...element, columns: (element.columns as CardElement[]).map((c) => withPlacedChildren(c, place)) };
  }
  return element;
}
