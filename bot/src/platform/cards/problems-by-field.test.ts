import { problemsByField } from './problems-by-field';

describe('problemsByField', () => {
  const body = [
    { type: 'Input.Text', id: 'pupilReference' },
    { type: 'Container', items: [{ type: 'Input.Text', id: 'amount' }] },
    { type: 'Input.ChoiceSet', id: 'prgServiceIds' },
  ];

  it('puts each problem right under its input, through containers, aliases and list indexes', () => {
    const { body: placed, elsewhere } = problemsByField(
      body,
      { pupilReference: 'Use a code.', amountPence: 'Give pounds.', 'prgServiceIds[1]': 'Unknown service.' },
      { amountPence: 'amount' },
    );
    expect(placed[1]).toMatchObject({ type: 'TextBlock', text: 'Use a code.', color: 'Attention' });
    expect(placed[2]).toMatchObject({ items: [{ id: 'amount' }, { text: 'Give pounds.' }] });
    expect(placed[4]).toMatchObject({ text: 'Unknown service.' });
    expect(elsewhere).toEqual([]);
  });

  it('returns the problems no input shows, once each', () => {
    const { body: placed, elsewhere } = problemsByField(body, { body: 'Send JSON.', 'x.y': 'Send JSON.' });
    expect(placed).toEqual(body);
    expect(elsewhere).toEqual(['Send JSON.']);
  });
});
