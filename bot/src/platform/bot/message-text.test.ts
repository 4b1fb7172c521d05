import { plainTextOf } from './message-text';

describe('the plain text of a Teams message', () => {
  it('decodes hex and decimal character references, including characters above U+FFFF', () => {
    expect(plainTextOf('<p>Thanks &#x1F600; &#128512; &#x27;ok&#39; &#233;t&#xE9;</p>')).toBe("Thanks 😀 😀 'ok' été");
  });

  it('decodes named entities, and reads a non-breaking space as a space', () => {
    expect(plainTextOf('Fish&nbsp;&amp;&nbsp;chips &lt;b&gt; &quot;caf&eacute;&quot; &apos;x&apos;')).toBe(
      `Fish & chips <b> "café" 'x'`,
    );
    expect(plainTextOf('a&nbsp;&nbsp; &#160;b')).toBe('a b');
  });

  it('keeps emoji and other characters above U+FFFF written out as they are', () => {
    expect(plainTextOf('<div>Well done 🎉👍🏽 𝔸</div>')).toBe('Well done 🎉👍🏽 𝔸');
  });

  it('turns line-breaking tags into new lines and drops the rest of the markup', () => {
    expect(plainTextOf('<p>One</p><p>Two<br/>three</p><ul><li>a</li></ul><div><div></div></div>')).toBe(
      'One\nTwo\nthree\na',
    );
    expect(plainTextOf('  <b>&lt;not a tag&gt;</b>  ')).toBe('<not a tag>');
  });

  it('leaves text content alone apart from spacing', () => {
    expect(plainTextOf('  a &amp;  b\t<br> ', 'text')).toBe('a &amp; b <br>');
  });
});
