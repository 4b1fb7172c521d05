import { useState } from 'react';
import { ApiError, refusalOf } from '../api/api-client';

/** A form's sending: problems by field, the refusal to show, whether it is sending, and `send` to run the call. */
export function useFormSend() {
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string>();
  const [sending, setSending] = useState(false);
  /** Runs the call; when it is refused, shows why (per field where the API says which) and changes nothing else. */
  const send = async (work: () => Promise<void>, nothingDone: string): Promise<void> => {
    setSending(true);
    setProblems({});
    setRefusal(undefined);
    try {
      await work();
    } catch (e) {
      setProblems(e instanceof ApiError ? e.fieldErrors : {});
      setRefusal(refusalOf(e, nothingDone));
    } finally {
      setSending(false);
    }
  };
  /** Refuses without calling: problems found before sending. */
  const refuse = (found: Record<string, string>, message: string) => {
    setProblems(found);
    setRefusal(message);
  };
  return { problems, refusal, sending, send, refuse };
}
