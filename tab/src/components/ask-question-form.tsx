import { Button, Field, MessageBar, MessageBarBody, Select, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { callApi } from '../api/api-client';
import { useApi } from '../api/use-api';
import { useSession } from '../session/session-context';

/** "Ask a question": sends a question to KCC (it goes to the officers' channel for its theme). */
export function AskQuestionForm() {
  const { token } = useSession();
  const themes = useApi<{ themes: { id: string; name: string }[] }>('/api/questions/themes');
  const [theme, setTheme] = useState('');
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<{ intent: 'success' | 'error'; message: string }>();
  const [key] = useState(() => crypto.randomUUID());

  const send = async () => {
    try {
      await callApi('/api/questions', { token, method: 'POST', body: { theme, text }, idempotencyKey: key });
      setOutcome({
        intent: 'success',
        message: 'Sent to KCC. The answer will come to your chat with Communities of Schools.',
      });
      setText('');
    } catch (error) {
      setOutcome({ intent: 'error', message: (error as Error).message });
    }
  };

  return (
    <form
      aria-label="Ask KCC a question"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <Field label="Theme" required>
        <Select value={theme} onChange={(_, d) => setTheme(d.value)} required>
          <option value="">Choose a theme</option>
          {(themes.data?.themes ?? []).map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Your question (10 to 2,000 characters; do not name pupils)" required>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} maxLength={2000} resize="vertical" required />
      </Field>
      <Button
        type="submit"
        appearance="primary"
        disabled={!theme || text.trim().length < 10}
        style={{ marginBlock: '0.5rem' }}
      >
        Send to KCC
      </Button>
      {outcome && (
        <MessageBar intent={outcome.intent}>
          <MessageBarBody>{outcome.message}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
