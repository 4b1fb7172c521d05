/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { meWith, renderPage } from '../../../test/support/render-page';
import { ContactsPage } from './contacts-page';

const contact = (name: string, linkedToMe: boolean) => ({
  personId: name,
  name,
  jobTitle: 'Specialist Teacher (STLS)',
  email: `${name.toLowerCase().replace(' ', '.')}@kent.demo.example`,
  phone: '03000 123456',
  serviceId: 'stls',
  serviceName: 'Specialist Teaching and Learning Service (STLS)',
  communities: [{ id: 'dover-east', name: 'Dover East Community of Schools' }],
  linkedToMe,
});

describe('the Contacts page', () => {
  const me = meWith([
    { role: 'representative', communityId: 'dover-east', schoolId: 's1', label: 'School representative, Oakfield' },
  ]);

  it('puts my link practitioners first, with Chat, Email and Call', async () => {
    renderPage(<ContactsPage />, me, {
      '/api/prg/contacts': {
        services: [],
        items: [contact('Ben Shaw', true), contact('Amelia Vance', false)],
        nextCursor: null,
      },
    });
    const mine = await screen.findByRole('region', { name: "Your community's link practitioners" });
    expect(within(mine).getByText('Ben Shaw')).toBeTruthy();
    expect(within(mine).queryByText('Amelia Vance')).toBeNull();
    expect(within(mine).getByRole('button', { name: 'Chat with Ben Shaw in Teams' })).toBeTruthy();
    expect(within(mine).getByRole('link', { name: 'Email Ben Shaw' }).getAttribute('href')).toBe(
      'mailto:ben.shaw@kent.demo.example',
    );
    expect(within(mine).getByRole('link', { name: 'Call Ben Shaw on 03000 123456' }).getAttribute('href')).toBe(
      'tel:03000123456',
    );
    const others = screen.getByRole('region', { name: 'Other practitioners, by service' });
    const service = within(others).getByRole('region', { name: 'Specialist Teaching and Learning Service (STLS)' });
    expect(within(service).getByText('Amelia Vance')).toBeTruthy();
  });

  it('says PRG teams can be contacted directly, without a referral', async () => {
    renderPage(<ContactsPage />, me, { '/api/prg/contacts': { services: [], items: [], nextCursor: null } });
    expect(await screen.findByText(/contacted directly/)).toBeTruthy();
    expect(screen.getByText(/no\s+diagnosis or referral is needed/)).toBeTruthy();
  });

  it('shows what went wrong when the service cannot be reached', async () => {
    renderPage(<ContactsPage />, me, {});
    expect(await screen.findByText('There is no such API route.')).toBeTruthy();
  });

  it('opens already searching when a card links to it with ?q=', async () => {
    const { requested } = renderPage(
      <ContactsPage />,
      me,
      { '/api/prg/contacts': { services: [], items: [], nextCursor: null } },
      '/contacts?q=educational%20psychologist',
    );
    expect((await screen.findByRole('searchbox')).getAttribute('value')).toBe('educational psychologist');
    expect(requested).toContain('/api/prg/contacts?q=educational%20psychologist');
  });
});
