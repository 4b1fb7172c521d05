import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';

/** Why signing in failed; outside Teams, a way back to the local sign-in. Loaded only when sign-in fails. */
export function SignInFailed(props: { message: string; onBack?: () => void }) {
  return (
    <MessageBar intent="error" style={{ margin: '2rem' }}>
      <MessageBarBody>{props.message}</MessageBarBody>
      {props.onBack && (
        <MessageBarActions>
          <Button onClick={props.onBack}>Back to sign-in</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
