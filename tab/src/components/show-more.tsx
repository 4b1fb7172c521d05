import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { PagedRead } from '../api/use-paged-api';

const useStyles = makeStyles({ more: { marginBlock: tokens.spacingVerticalL } });

/** "Show more …" under a paged list while the API says more follow; says so while the next page loads. */
export function ShowMore({ read, what }: { read: PagedRead<unknown>; what: string }) {
  const styles = useStyles();
  if (!read.hasMore) return null;
  return (
    <div className={styles.more}>
      <Button onClick={read.loadMore} disabled={read.loadingMore}>
        {read.loadingMore ? `Loading more ${what}…` : `Show more ${what}`}
      </Button>
    </div>
  );
}
