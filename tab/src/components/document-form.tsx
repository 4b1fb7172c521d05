import { Button, Field, Input, makeStyles, Title3, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { callApi } from '../api/api-client';
import { useSession } from '../session/session-context';
import { ChoiceField } from './choice-field';
import { useCommunityChoices } from './community-picker';
import { Refusal } from './refusal';
import { useFormSend } from './use-form-send';

/** A document as the form edits it (the API's fields). */
export interface EditableDocument {
  id?: string;
  title: string;
  url: string;
  kind: string;
  audience: string;
  communityId: string | null;
}

const AUDIENCES = [
  { id: 'all', name: 'Everyone' },
  { id: 'chairs', name: 'Community chairs' },
  { id: 'community', name: "One community's people" },
];

const useStyles = makeStyles({
  form: { display: 'grid', gap: tokens.spacingVerticalM, maxWidth: '40rem', marginBlockEnd: tokens.spacingVerticalXL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM },
});

/** For officers: adds a document or link, or changes one (a changed document is new again for its audience). */
export function DocumentForm(props: {
  kinds: Record<string, string>;
  current?: EditableDocument;
  onSaved: (note: string) => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const { token } = useSession();
  const communities = useCommunityChoices();
  const [doc, setDoc] = useState<EditableDocument>(
    props.current ?? { title: '', url: '', kind: 'guidance', audience: 'all', communityId: null },
  );
  const { problems, refusal, sending: saving, send } = useFormSend();
  const set = (change: Partial<EditableDocument>) => setDoc((d) => ({ ...d, ...change }));
  const editing = props.current?.id;

  const save = () =>
    send(async () => {
      const { id: _id, ...body } = doc;
      await callApi(editing ? `/api/documents/${editing}` : '/api/documents', {
        token,
        method: editing ? 'PUT' : 'POST',
        body: { ...body, communityId: doc.audience === 'community' ? doc.communityId : null },
      });
      props.onSaved(editing ? `Saved "${doc.title}": it is new again for its readers.` : `Added "${doc.title}".`);
    }, 'Not saved');

  return (
    <form
      className={styles.form}
      aria-labelledby="document-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Title3 as="h2" id="document-form-title">
        {editing ? 'Change the document' : 'Add a document or link'}
      </Title3>
      <Refusal message={refusal} />
      <Field label="Title" required validationMessage={problems.title}>
        <Input value={doc.title} onChange={(_, d) => set({ title: d.value })} maxLength={200} />
      </Field>
      <Field label="Link (https://…)" required validationMessage={problems.url}>
        <Input type="url" value={doc.url} onChange={(_, d) => set({ url: d.value })} maxLength={2000} />
      </Field>
      <ChoiceField
        label="Kind"
        value={doc.kind}
        onChange={(kind) => set({ kind })}
        choices={Object.entries(props.kinds).map(([id, name]) => ({ id, name }))}
        problem={problems.kind}
      />
      <ChoiceField
        label="For"
        value={doc.audience}
        onChange={(audience) => set({ audience })}
        choices={AUDIENCES}
        problem={problems.audience}
      />
      {doc.audience === 'community' && (
        <ChoiceField
          label="Community"
          value={doc.communityId ?? ''}
          onChange={(communityId) => set({ communityId })}
          choices={communities}
          placeholder="Choose the community"
          required
          problem={problems.communityId}
        />
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={saving}>
          {editing ? 'Save changes' : 'Add it'}
        </Button>
        <Button onClick={props.onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
