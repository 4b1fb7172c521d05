import { lazy, Suspense, useEffect } from 'react';
import { useApi } from '../api/use-api';
import { useSession } from '../session/session-context';

// Most people have one community and never see the dropdown, so its code (a combobox and its popup) comes on demand.
const CommunityDropdown = lazy(() => import('./community-dropdown').then((m) => ({ default: m.CommunityDropdown })));

/** The communities a person can choose here: every one for officers, their own for everyone else. */
export function useCommunityChoices(): { id: string; name: string }[] {
  const { me } = useSession();
  const officer = me.roles.some((r) => r.role === 'officer');
  const all = useApi<{ communities: { id: string; name: string }[] }>(officer ? '/api/communities' : null);
  if (officer) return all.data?.communities ?? [];
  const own = new Map<string, string>();
  for (const r of me.roles)
    if (r.communityId && !own.has(r.communityId)) own.set(r.communityId, r.communityName ?? r.communityId);
  return [...own].map(([id, name]) => ({ id, name }));
}

/** Picks the community a page shows (a channel tab's ?community= first); hidden when the person has only one. */
export function CommunityPicker({
  value,
  onChange,
}: {
  value?: string;
  /** Called with the chosen community's id and name. */
  onChange: (id: string, name: string) => void;
}) {
  const choices = useCommunityChoices();
  useEffect(() => {
    if (value || !choices[0]) return;
    const asked = new URLSearchParams(window.location.search).get('community');
    const first = choices.find((c) => c.id === asked) ?? choices[0];
    onChange(first.id, first.name);
  }, [value, choices, onChange]);
  if (choices.length < 2) return null;
  return (
    <Suspense fallback={null}>
      <CommunityDropdown choices={choices} value={value} onChange={onChange} />
    </Suspense>
  );
}
