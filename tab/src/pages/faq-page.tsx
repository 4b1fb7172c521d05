import { Accordion, Field, makeStyles, SearchBox, Title2, Title3, tokens } from '@fluentui/react-components';
import { useDeferredValue, useState } from 'react';
import { useApi } from '../api/use-api';
import { usePagedApi } from '../api/use-paged-api';
import { AskQuestionForm } from '../components/ask-question-form';
import { type FaqEntry, FaqEntryPanel } from '../components/faq-entry-panel';
import { FaqOfficerTools } from '../components/faq-officer-tools';
import { LoadState } from '../components/load-state';
import { MyQuestions } from '../components/my-questions';
import { ShowMore } from '../components/show-more';
import { useSession } from '../session/session-context';

const useStyles = makeStyles({ section: { marginBlockStart: tokens.spacingVerticalXL } });

/** The published FAQ: search (it understands how Kent schools word things), browse by theme, or ask KCC; officers also review dates and import. */
export function FaqPage() {
  const styles = useStyles();
  const { me } = useSession();
  const officer = me.roles.some((r) => r.role === 'officer');
  const [query, setQuery] = useState('');
  const q = useDeferredValue(query.trim());
  const browse = usePagedApi<FaqEntry>(q ? null : '/api/faq');
  const search = useApi<{ results: FaqEntry[] }>(q ? `/api/faq/search?q=${encodeURIComponent(q)}&top=10` : null);
  const entries = q ? (search.data?.results ?? []) : browse.items;
  const themes = [...new Set(entries.map((e) => e.theme))];
  const read = q ? search : browse;

  return (
    <section aria-labelledby="page-title">
      <Title2 as="h1" block id="page-title">
        FAQ
      </Title2>
      <Field label="Search the answers KCC has published">
        <SearchBox
          value={query}
          onChange={(_, d) => setQuery(d.value)}
          placeholder="for example: who comes to community meetings?"
        />
      </Field>
      <LoadState loading={read.loading} error={read.error} empty={entries.length === 0} loadingLabel="Searching…">
        Nothing published answers that yet. Ask KCC below.
      </LoadState>
      {(q ? ['Best matches'] : themes).map((theme) => (
        <section key={theme} className={styles.section} aria-label={theme}>
          <Title3 as="h2" block>
            {theme}
          </Title3>
          <Accordion collapsible multiple>
            {entries
              .filter((e) => q || e.theme === theme)
              .map((e) => (
                <FaqEntryPanel key={e.id} entry={e} askAnchor="ask-title" officer={officer} />
              ))}
          </Accordion>
        </section>
      ))}
      {!q && <ShowMore read={browse} what="answers" />}
      {officer ? <FaqOfficerTools onImported={browse.reload} /> : <MyQuestions />}
      <section className={styles.section} aria-labelledby="ask-title">
        <Title3 as="h2" block id="ask-title">
          Ask a question
        </Title3>
        <AskQuestionForm />
      </section>
    </section>
  );
}
