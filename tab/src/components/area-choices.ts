import { useApi } from '../api/use-api';

/** Kent's areas (id and name), from the list of communities. */
export function useAreaChoices(): { id: string; label: string }[] {
  const read = useApi<{ communities: { areaId: string; areaName: string }[] }>('/api/communities');
  const areas = new Map((read.data?.communities ?? []).map((c) => [c.areaId, c.areaName]));
  return [...areas].map(([id, label]) => ({ id, label })).sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
}
