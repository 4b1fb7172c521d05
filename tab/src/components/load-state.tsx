import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/** What a page shows while its data loads, when loading failed, and when there is nothing to list. */
export function LoadState(props: {
  loading: boolean;
  error?: string | null;
  empty: boolean;
  loadingLabel: string;
  /** The message when there is nothing to show (and nothing failed). */
  children: ReactNode;
}) {
  if (props.loading) return <Spinner label={props.loadingLabel} />;
  if (props.error)
    return (
      <MessageBar intent="error">
        <MessageBarBody>{props.error}</MessageBarBody>
      </MessageBar>
    );
  if (!props.empty) return null;
  return (
    <MessageBar intent="info">
      <MessageBarBody>{props.children}</MessageBarBody>
    </MessageBar>
  );
}
