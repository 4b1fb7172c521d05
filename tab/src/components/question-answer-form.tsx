import { Button, Checkbox, Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ApiError, callApi, refusalOf } from '../api/api-client';
import { useSession } from '../session/session-context';
import { Refusal } from './refusal';

const useStyles = makeStyles({
  form: { display: 'grid', gap: tokens.spacingVerticalS, maxWidth: '40rem', marginBlock: tokens.spacingVerticalS },
});

/**
 * An officer's answer: sent to the asker, and optionally published to the FAQ with the question and the answer
 * reworded for every school (an answer about one school must not be published word for word).
 */
export function QuestionAnswerForm(props: {
  questionId: string;
  question: string;
  onAnswered: (message: string) => void;
}) {
  const styles = useStyles();
  const { token } = useSession();
  const [text, setText] = useState('');
  const [publish, setPublish] = useState(false);
  const [publishQuestion, setPublishQuestion] = useState(props.question);
  const [publishAnswer, setPublishAnswer] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string>();

  const send = async () => {
    setProblems({});
    setRefusal(undefined);
    try {
      await callApi(`/api/questions/${props.questionId}/answer`, {
        token,
        method: 'POST',
        body: { text, publish, ...(publish ? { publishQuestion, publishAnswer } : {}) },
      });
      props.onAnswered(publish ? 'Answered, and published to the FAQ.' : 'Answered. The asker is told in Teams.');
    } catch (error) {
      setProblems(error instanceof ApiError ? error.fieldErrors : {});
      setRefusal(refusalOf(error, 'Nothing was sent'));
    }
  };

  return (
    <form
      className={styles.form}
      aria-label="Answer the question"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <Refusal message={refusal} />
      <Field label="Answer (the asker receives it in Teams)" required validationMessage={problems.text}>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} maxLength={4000} resize="vertical" />
      </Field>
      <Checkbox label="Publish to the FAQ" checked={publish} onChange={(_, d) => setPublish(d.checked === true)} />
      {publish && (
        <>
          <Field label="Question as published" validationMessage={problems.question}>
            <Input value={publishQuestion} onChange={(_, d) => setPublishQuestion(d.value)} />
          </Field>
          <Field
            label="Answer as published (leave out anything about one school; blank publishes the answer above)"
            validationMessage={problems.answer}
          >
            <Textarea value={publishAnswer} onChange={(_, d) => setPublishAnswer(d.value)} resize="vertical" />
          </Field>
        </>
      )}
      <div>
        <Button type="submit" appearance="primary">
          Send answer
        </Button>
      </div>
    </form>
  );
}
