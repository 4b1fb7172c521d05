import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { FaqPhrasings } from './faq-phrasings';

/** A published FAQ entry as the API returns it. */
export interface FaqEntry {
  id: string;
  question: string;
  answer: string;
  theme: string;
  source: string;
  validUntil: string | null;
  outOfDate: boolean;
  publishedBy: string | null;
  publishedAt: string;
}

const useStyles = makeStyles({
  answer: { whiteSpace: 'pre-wrap' },
  about: { display: 'block', marginBlockStart: tokens.spacingVerticalS, color: tokens.colorNeutralForeground3 },
});

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "31 August 2026" from "2026-08-31" (or from an instant). */
function dayOf(date: string): string {
  return longDate.format(new Date(date.length === 10 ? `${date}T00:00:00Z` : date));
}

/**
 * One question of the FAQ, opened to its answer: its source, who published it and when, and whether it still holds;
 * officers also see the other ways schools ask it, and keep them.
 */
export function FaqEntryPanel({
  entry,
  askAnchor,
  officer,
}: {
  entry: FaqEntry;
  askAnchor: string;
  officer?: boolean;
}) {
  const styles = useStyles();
  const published = entry.publishedBy
    ? `Published by ${entry.publishedBy} on ${dayOf(entry.publishedAt)}`
    : 'From the starting FAQ (demo data)';
  return (
    <AccordionItem value={entry.id}>
      <AccordionHeader as="h3">
        {entry.question}
        {entry.outOfDate && (
          <Badge appearance="tint" color="warning" style={{ marginInlineStart: tokens.spacingHorizontalS }}>
            Out of date
          </Badge>
        )}
      </AccordionHeader>
      <AccordionPanel>
        {entry.outOfDate && entry.validUntil && (
          <MessageBar intent="warning">
            <MessageBarBody>
              This answer held until {dayOf(entry.validUntil)}. <a href={`#${askAnchor}`}>Ask KCC</a> for the current
              answer.
            </MessageBarBody>
          </MessageBar>
        )}
        <Text block className={styles.answer}>
          {entry.answer}
        </Text>
        <Text size={200} className={styles.about}>
          Source: {entry.source}. {published}.
          {entry.validUntil && !entry.outOfDate ? ` Valid until ${dayOf(entry.validUntil)}.` : ''}
        </Text>
        {officer && <FaqPhrasings entryId={entry.id} />}
      </AccordionPanel>
    </AccordionItem>
  );
}
