import { JSDOM } from 'jsdom';

type AdaptiveCardsSdk = typeof import('adaptivecards');

let sdk: AdaptiveCardsSdk | undefined;

/** Loads the official Adaptive Cards SDK in Node, giving it the DOM globals it expects (jsdom). */
function loadSdk(): AdaptiveCardsSdk {
  if (sdk) return sdk;
  const { window } = new JSDOM('<!doctype html><html><body></body></html>');
  const globals = globalThis as Record<string, unknown>;
  for (const name of ['window', 'document', 'navigator', 'HTMLElement', 'Node', 'DOMParser']) {
    globals[name] ??= (window as unknown as Record<string, unknown>)[name];
  }
  sdk = require('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsSdk;
  return sdk;
}

/** Every parse error and warning, and every validation issue, the SDK reports for a card (empty when clean). */
export function adaptiveCardIssues(json: unknown): string[] {
  const AC = loadSdk();
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const issues: string[] = [];
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    issues.push(`parse: ${event.message}`);
  }
  for (const event of card.validateProperties().validationEvents) issues.push(`validate: ${event.message}`);
  return issues;
}

/** Paths of every Action.Execute in a card that lacks a verb. */
export function executeActionsWithoutVerb(json: unknown, path = '$'): string[] {
  if (Array.isArray(json)) return json.flatMap((item, i) => executeActionsWithoutVerb(item, `${path}[${i}]`));
  if (!json || typeof json !== 'object') return [];
  const node = json as Record<string, unknown>;
  const own = node.type === 'Action.Execute' && (typeof node.verb !== 'string' || node.verb === '') ? [path] : [];
  return own.concat(Object.entries(node).flatMap(([key, value]) => executeActionsWithoutVerb(value, `${path}.${key}`)));
}
