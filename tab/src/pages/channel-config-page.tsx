import { Field, MessageBar, MessageBarBody, Select, Text, Title2 } from '@fluentui/react-components';
import { pages } from '@microsoft/teams-js';
import { useEffect, useState } from 'react';
import { useCommunityChoices } from '../components/community-picker';
import { useSession } from '../session/session-context';

/** The channel tab's configuration page: pick the community the tab shows, then Save in Teams. */
export function ChannelConfigPage() {
  const { hosted } = useSession();
  const choices = useCommunityChoices();
  const [communityId, setCommunityId] = useState('');

  useEffect(() => {
    if (!hosted) return;
    pages.config.registerOnSaveHandler((save) => {
      const contentUrl = `${window.location.origin}/budget?community=${encodeURIComponent(communityId)}`;
      const name = choices.find((c) => c.id === communityId)?.name ?? 'Community of Schools';
      pages.config
        .setConfig({
          contentUrl,
          websiteUrl: contentUrl,
          entityId: `community-${communityId}`,
          suggestedDisplayName: name,
        })
        .then(
          () => save.notifySuccess(),
          (error: Error) => save.notifyFailure(error.message),
        );
    });
    void pages.config.setValidityState(communityId !== '');
  }, [hosted, communityId, choices]);

  return (
    <section aria-labelledby="page-title">
      <Title2 as="h1" block id="page-title">
        Add Communities of Schools to this channel
      </Title2>
      <Text as="p" block>
        Choose the community whose budget, meetings and contacts the tab shows, then select Save.
      </Text>
      <Field label="Community">
        <Select value={communityId} onChange={(_, d) => setCommunityId(d.value)}>
          <option value="">Choose a community</option>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      {!hosted && (
        <MessageBar intent="info" style={{ marginTop: '1rem' }}>
          <MessageBarBody>This page is used by Teams when the tab is added to a channel.</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
