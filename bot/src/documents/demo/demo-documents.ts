import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { uuidV5 } from '../../platform/ids/deterministic-id';
import type { DocumentKind } from '../domain/community-document';

/** KELSI's search for a title: the demo's links find the council's real pages without guessing their addresses. */
const kelsiSearch = (words: string) => `https://www.kelsi.org.uk/search?q=${encodeURIComponent(words)}`;

/** The papers KCC's May 2025 briefing points schools to (all on KELSI), for everyone unless said otherwise. */
const DEMO_DOCUMENTS: { title: string; kind: DocumentKind; audience: 'all' | 'chairs' }[] = [
  { title: 'Locality Model for School Inclusion: Operational Guidance', kind: 'guidance', audience: 'all' },
  { title: 'Communities of Schools: Terms of Reference', kind: 'termsOfReference', audience: 'all' },
  { title: 'Community Budget Summary 2026-27', kind: 'budget', audience: 'all' },
  { title: 'Inclusion Dashboard: what it tells your community', kind: 'dashboard', audience: 'chairs' },
  { title: 'Continuum of Need and Provision', kind: 'guidance', audience: 'all' },
  { title: 'Talking with parents and carers about the Locality Model', kind: 'parents', audience: 'all' },
  { title: 'Updates, Frequently Asked Questions and Keeping in Touch', kind: 'faq', audience: 'all' },
  { title: 'Professional Resource Group: link practitioners', kind: 'kelsi', audience: 'all' },
];

/** Loads the demo's documents, each a KELSI search for its title; never overwrites one (officers may change them). */
export async function seedDemoDocuments(db: Kysely<Database>): Promise<number> {
  const rows = DEMO_DOCUMENTS.map((d, i) => ({
    id: uuidV5(`demo-document:${d.title}`),
    title: d.title,
    url: kelsiSearch(d.title),
    kind: d.kind,
    audience: d.audience,
    community_id: null,
    updated_by: null,
    // Oldest first, a day apart, so the list has a believable order.
    updated_at: new Date(Date.UTC(2026, 4, 19 + i, 9)),
  }));
  const inserted = await db
    .insertInto('documents')
    .values(rows)
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .execute();
  return inserted.length;
}
