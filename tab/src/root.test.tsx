/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { Root } from './root';

describe('the tab signing in', () => {
  it('says the service cannot be reached, and offers the way back to sign-in outside Teams', async () => {
    sessionStorage.setItem('cos.devToken', 'a-saved-token');
    globalThis.fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    render(<Root />);
    expect(await screen.findByText(/The Communities of Schools service cannot be reached/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back to sign-in' }));
    expect(sessionStorage.getItem('cos.devToken')).toBeNull();
  });
});
