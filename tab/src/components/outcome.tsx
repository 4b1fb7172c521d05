import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { Refusal } from './refusal';

/** How the last change went: why it was refused (an alert), or what it did (a status); nothing before any change. */
export function Outcome({ note, refusal }: { note?: string; refusal?: string }) {
  return (
    <>
      <Refusal message={refusal} />
      {note && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
