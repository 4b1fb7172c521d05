import { callApi, type Me } from '../api/api-client';
import { FirstReads } from '../api/first-reads';
import { academicYearOf } from '../components/dates';

/**
 * Signs in with one round trip: GET /api/bootstrap answers who the person is (as /api/me) and the first reads of the
 * page the address opens, so the page renders its data without waiting for a read of its own.
 */
export async function signInWith(token: string): Promise<{ me: Me; firstReads: FirstReads }> {
  const page = window.location.pathname.split('/')[1] || 'budget';
  const query = new URLSearchParams({ page, year: academicYearOf(new Date()) });
  const community = new URLSearchParams(window.location.search).get('community');
  if (community) query.set('community', community);
  const answer = await callApi<{ me: Me; reads: Record<string, unknown> }>(`/api/bootstrap?${query}`, { token });
  return { me: answer.me, firstReads: new FirstReads(answer.reads) };
}
