import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  controls: {
    display: 'flex',
    gap: tokens.spacingHorizontalL,
    flexWrap: 'wrap',
    alignItems: 'end',
    marginBlock: tokens.spacingVerticalL,
  },
});

/** The row of pickers and filters under a page's title, wrapping on narrow screens. */
export function PageControls({ children }: { children: ReactNode }) {
  return <div className={useStyles().controls}>{children}</div>;
}
