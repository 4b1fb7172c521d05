import {
  Button,
  Label,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { callApi } from '../api/api-client';
import { useApi } from '../api/use-api';
import { useSession } from '../session/session-context';
import type { FaqEntry } from './faq-entry-panel';
import { LoadState } from './load-state';

const useStyles = makeStyles({
  section: { marginBlockStart: tokens.spacingVerticalXL },
  list: { paddingInlineStart: tokens.spacingHorizontalXL },
  file: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    marginBlock: tokens.spacingVerticalS,
  },
});

/** For officers: the answers past or near their "valid until", and importing answers from an FAQ document. */
export function FaqOfficerTools({ onImported }: { onImported: () => void }) {
  const styles = useStyles();
  const ageing = useApi<{ items: FaqEntry[] }>('/api/faq/ageing');
  const items = ageing.data?.items ?? [];
  return (
    <>
      <section className={styles.section} aria-labelledby="review-title">
        <Title3 as="h2" block id="review-title">
          Answers to review
        </Title3>
        <LoadState
          loading={ageing.loading}
          error={ageing.error}
          empty={items.length === 0}
          loadingLabel="Checking dates…"
        >
          No answer is past its date or reaches it in the next 30 days.
        </LoadState>
        {items.length > 0 && (
          <ul className={styles.list}>
            {items.map((e) => (
              <li key={e.id}>
                <Text weight="semibold">{e.question}</Text>{' '}
                <Text>
                  {e.outOfDate ? 'out of date since' : 'valid until'} {e.validUntil}
                </Text>
              </li>
            ))}
          </ul>
        )}
      </section>
      <FaqImport
        onImported={() => {
          ageing.reload();
          onImported();
        }}
      />
    </>
  );
}

/** "Import answers": publishes the questions of a Markdown FAQ document (as the export writes it). */
function FaqImport({ onImported }: { onImported: () => void }) {
  const styles = useStyles();
  const { token } = useSession();
  const [outcome, setOutcome] = useState<{ intent: 'success' | 'error'; message: string }>();
  const [busy, setBusy] = useState(false);

  const importFile = async (file: File) => {
    setBusy(true);
    setOutcome(undefined);
    try {
      const result = await callApi<{ imported: number; skipped: unknown[] }>('/api/faq/import', {
        token,
        method: 'POST',
        document: { text: await file.text(), type: 'text/markdown; charset=utf-8' },
      });
      const skipped =
        result.skipped.length > 0 ? ` ${result.skipped.length} already in the FAQ were left as they are.` : '';
      setOutcome({ intent: 'success', message: `Published ${result.imported} answers from ${file.name}.${skipped}` });
      onImported();
    } catch (error) {
      setOutcome({ intent: 'error', message: `Nothing was published. ${(error as Error).message}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.section} aria-labelledby="import-title">
      <Title3 as="h2" block id="import-title">
        Import answers
      </Title3>
      <Text as="p" block>
        Publish the questions of an FAQ document saved as Markdown, in the format the FAQ export writes: "## Theme",
        then "### Question" with its answer, and optionally "&gt; Source: …" and "&gt; Valid until: YYYY-MM-DD".
        Questions already in the FAQ are left as they are.
      </Text>
      <div className={styles.file}>
        <Label htmlFor="faq-import-file">FAQ document (.md)</Label>
        <input
          id="faq-import-file"
          type="file"
          accept=".md,text/markdown,text/plain"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void importFile(file);
            event.target.value = '';
          }}
        />
      </div>
      {busy && <Button disabled>Importing…</Button>}
      {outcome && (
        <MessageBar intent={outcome.intent}>
          <MessageBarBody>{outcome.message}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
