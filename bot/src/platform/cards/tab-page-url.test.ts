import { tabPageUrl } from './tab-page-url';

describe('tabPageUrl', () => {
  const web = { publicBaseUrl: 'http://localhost:3978/' };
  const teams = { ...web, teamsAppId: '1a2b' };

  it('links to the page on the web, with its query', () => {
    expect(tabPageUrl(web, 'meetings')).toBe('http://localhost:3978/meetings');
    expect(tabPageUrl(web, 'contacts', { q: 'speech & language' })).toBe(
      'http://localhost:3978/contacts?q=speech+%26+language',
    );
  });

  it('deep-links into the Teams tab, carrying the query as the subEntityId the tab reads back', () => {
    expect(tabPageUrl(teams, 'meetings')).toBe('https://teams.microsoft.com/l/entity/1a2b/meetings');
    const url = new URL(tabPageUrl(teams, 'meetings', { meeting: 'm-1' }));
    expect(url.pathname).toBe('/l/entity/1a2b/meetings');
    expect(JSON.parse(url.searchParams.get('context') ?? '{}')).toEqual({ subEntityId: 'meeting=m-1' });
  });
});
