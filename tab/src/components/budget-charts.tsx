import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { formatPence } from './money';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    height: '1.5rem',
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  committed: { backgroundColor: tokens.colorBrandBackground },
  remaining: { backgroundColor: tokens.colorNeutralBackground3 },
  legend: {
    display: 'flex',
    gap: tokens.spacingHorizontalL,
    flexWrap: 'wrap',
    marginBlockStart: tokens.spacingVerticalXS,
  },
  swatch: {
    display: 'inline-block',
    width: '0.75rem',
    height: '0.75rem',
    marginInlineEnd: tokens.spacingHorizontalXS,
    verticalAlign: 'middle',
  },
  meetings: { display: 'grid', gap: tokens.spacingVerticalXS, marginBlockStart: tokens.spacingVerticalS },
  meetingRow: {
    display: 'grid',
    gridTemplateColumns: 'minmax(10rem, 18rem) 1fr auto',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
  },
  meetingBar: {
    height: '0.9rem',
    backgroundColor: tokens.colorBrandBackground,
    borderRadius: tokens.borderRadiusSmall,
  },
});

/** The pot split into committed and remaining, as a bar with a text legend (the numbers are the accessible part). */
export function PotSplitChart({ committedPence, remainingPence }: { committedPence: number; remainingPence: number }) {
  const styles = useStyles();
  const pot = Math.max(1, committedPence + remainingPence);
  const committedShare = Math.round((committedPence / pot) * 1000) / 10;
  return (
    <figure
      style={{ margin: 0 }}
      aria-label={`Committed ${formatPence(committedPence)} (${committedShare}%), remaining ${formatPence(remainingPence)}`}
    >
      <div className={styles.bar} aria-hidden="true">
        <div className={styles.committed} style={{ width: `${committedShare}%` }} />
        <div className={styles.remaining} style={{ flex: 1 }} />
      </div>
      <figcaption className={styles.legend}>
        <Text>
          <span className={`${styles.swatch} ${styles.committed}`} aria-hidden="true" />
          Committed {formatPence(committedPence)} ({committedShare}%)
        </Text>
        <Text>
          <span className={`${styles.swatch} ${styles.remaining}`} aria-hidden="true" />
          Remaining {formatPence(remainingPence)}
        </Text>
      </figcaption>
    </figure>
  );
}

/** Approved spend per meeting across the year, as labelled bars. */
export function SpendByMeetingChart({
  meetings,
}: {
  meetings: { title: string; approvedPence: number; approvedCount: number; waitingCount: number }[];
}) {
  const styles = useStyles();
  const most = Math.max(1, ...meetings.map((m) => m.approvedPence));
  return (
    <div className={styles.meetings}>
      {meetings.map((m) => (
        <div key={m.title} className={styles.meetingRow}>
          <Text size={200}>{m.title}</Text>
          <div
            aria-hidden="true"
            className={styles.meetingBar}
            style={{ width: `${(m.approvedPence / most) * 100}%` }}
          />
          <Text size={200}>
            {formatPence(m.approvedPence)} · {m.approvedCount} approved
            {m.waitingCount > 0 ? ` · ${m.waitingCount} waiting` : ''}
          </Text>
        </div>
      ))}
    </div>
  );
}
