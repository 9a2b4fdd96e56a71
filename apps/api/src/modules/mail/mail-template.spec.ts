import { renderEmail } from './mail-template';

describe(renderEmail.name, () => {
  const content = {
    heading: 'Join <Acme> & co',
    paragraphs: ['Hello "Ana",', 'Second line'],
    action: { label: 'Accept', url: 'http://panelwise.test/invite/abc?x=1&y=2' },
    footer: 'Why you got this',
  };

  it('should say the same in the plain-text part, link included', () => {
    const { text } = renderEmail(content);

    expect(text).toBe(
      'Join <Acme> & co\n\nHello "Ana",\n\nSecond line\n\nAccept: http://panelwise.test/invite/abc?x=1&y=2\n\n--\nWhy you got this',
    );
  });

  it('should escape every text in the HTML part and keep the link working', () => {
    const { html } = renderEmail(content);

    expect(html).toContain('<h1 style="font-size:20px">Join &lt;Acme&gt; &amp; co</h1>');
    expect(html).toContain('Hello &quot;Ana&quot;,');
    expect(html).toContain('href="http://panelwise.test/invite/abc?x=1&amp;y=2"');
    expect(html).not.toContain('<Acme>');
  });
});
