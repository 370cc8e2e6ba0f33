import { describe, expect, it } from 'vitest';
import { htmlToText, sanitisedHtmlToText, sanitiseHtml } from '../src/text/sanitiseHtml';

describe('description HTML', () => {
  it('keeps simple allowlisted markup as it is', () => {
    expect(sanitiseHtml('<p>Ein <strong>Kurs</strong> &amp; mehr</p><ul><li>eins</li></ul>', null)).toBe('<p>Ein <strong>Kurs</strong> &amp; mehr</p><ul><li>eins</li></ul>');
  });

  it('removes scripts, styles, event handlers and javascript: links', () => {
    const html = sanitiseHtml('<p onclick="x()" style="color:red">Hi<script>alert(1)</script><a href="javascript:alert(1)">a</a><img src=x onerror=alert(1)></p>', 'https://example.org/');
    expect(html).toBe('<p>Hi<a>a</a></p>');
  });

  it('closes what the source left open, and makes links absolute', () => {
    expect(sanitiseHtml('<p><b>fett<p>weiter <a href="/mehr">mehr</a>', 'https://example.org/kurse/')).toBe('<p><b>fett<p>weiter <a href="https://example.org/mehr" rel="noopener nofollow">mehr</a></p></b></p>');
  });

  it('gives the plain text with one block a line and entities decoded', () => {
    expect(sanitisedHtmlToText(sanitiseHtml('<p>Gebühr &amp; Anmeldung</p><p>Zweiter<br>Absatz</p>', null))).toBe('Gebühr & Anmeldung\nZweiter\nAbsatz');
    expect(htmlToText('Caf&eacute; &hellip; <i>kursiv</i>')).toBe('Café … kursiv');
  });
});
