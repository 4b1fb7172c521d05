import { adaptiveCard, executeAction, text } from './adaptive-card';
import { cardAsEmail } from './card-as-email';

describe('a card as an email', () => {
  it('keeps the words, facts and web links, escapes what people typed, and drops buttons that act in Teams', () => {
    const card = adaptiveCard(
      [
        text('**Request approved**', { weight: 'Bolder' }),
        text('Reason: <script>alert(1)</script> & see [the guidance](https://www.kelsi.org.uk/x)'),
        { type: 'FactSet', facts: [{ title: 'Approved', value: '£1,500.00' }] },
        { type: 'Input.Text', id: 'comment', label: 'Comment' },
        { type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', title: 'Open', url: 'javascript:alert(1)' }] },
      ],
      [
        executeAction('Decide', 'decide'),
        { type: 'Action.OpenUrl', title: 'See your requests', url: 'https://c.example/r' },
      ],
    );
    const { subject, html } = cardAsEmail(card, 'https://c.example');
    expect(subject).toBe('Request approved');
    expect(html).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt; &amp; see <a href="https://www.kelsi.org.uk/x">the guidance</a>',
    );
    expect(html).toContain('<th align="left">Approved</th><td>£1,500.00</td>');
    expect(html).toContain('<a href="https://c.example/r">See your requests</a>');
    expect(html).toContain('<a href="https://c.example">Open Communities of Schools</a>');
    expect(html).not.toMatch(/javascript:|<script|Decide|Comment/);
  });
});
