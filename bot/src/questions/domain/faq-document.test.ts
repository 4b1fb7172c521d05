import { readFaqDocument, writeFaqDocument } from './faq-document';

const entry = (question: string, answer: string, source = 'KCC FAQ, Term 6', validUntil: string | null = null) => ({
  question,
  answer,
  source,
  validUntil,
});

describe('the FAQ document (Markdown)', () => {
  it('reads back exactly what it writes, even answers with lines that look like headings or quotes', () => {
    const groups = [
      {
        theme: 'Funding',
        entries: [
          entry(
            'Can we still claim E3?',
            'No.\n\nThe claims system ended on 31 March 2025.',
            'KCC briefing',
            '2026-08-31',
          ),
          entry('What does "#1 priority" mean?', '# not a heading\n> not a quote\n\\ a backslash\n#### four marks'),
        ],
      },
      { theme: 'Meetings', entries: [entry('Who attends?', 'One person per school.')] },
    ];
    const document = readFaqDocument(writeFaqDocument(groups, 'Locality Model FAQ'));
    expect(document.title).toBe('Locality Model FAQ');
    expect(document.entries.map(({ line: _line, ...e }) => e)).toEqual([
      { theme: 'Funding', ...groups[0]?.entries[0], validUntil: '2026-08-31' },
      {
        theme: 'Funding',
        question: 'What does "#1 priority" mean?',
        answer: groups[0]?.entries[1]?.answer,
        source: 'KCC FAQ, Term 6',
      },
      { theme: 'Meetings', question: 'Who attends?', answer: 'One person per school.', source: 'KCC FAQ, Term 6' },
    ]);
  });

  it('reads a document saved on Windows (BOM, CRLF) and entries without a source or date', () => {
    const text = '\uFEFF# KELSI FAQ\r\n\r\n## Meetings\r\n\r\n### Who chairs?\r\n\r\nA school leader.\r\n';
    expect(readFaqDocument(text)).toEqual({
      title: 'KELSI FAQ',
      entries: [{ line: 5, theme: 'Meetings', question: 'Who chairs?', answer: 'A school leader.' }],
    });
  });

  it('names the line of text that belongs to no question, and of a question outside any theme', () => {
    const text = '# FAQ\n\nAn introduction.\n\n### Who chairs?\n\nA school leader.\n';
    expect(() => readFaqDocument(text)).toThrow(
      expect.objectContaining({
        code: 'invalid',
        details: {
          'line 3': 'Text here belongs to no question: start each question with "### ".',
          'line 5': 'Put each question under a theme heading ("## Theme").',
        },
      }),
    );
  });
});
