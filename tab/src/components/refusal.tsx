import { MessageBar, MessageBarBody } from '@fluentui/react-components';

/** Why a change was not made, announced to screen readers; nothing when there is no refusal. */
export function Refusal({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
}
