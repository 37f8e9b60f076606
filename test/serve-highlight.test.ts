import { describe, expect, it } from 'vitest';
import type { FactRecord } from '../schemas/index.js';
import { highlightText, marksFor } from '../src/serve/highlight.js';
import { escapeHtml, html } from '../src/serve/html.js';

const DOC = '0123456789abcdef';
function quantity(text: string, start: number, end: number, value: number): FactRecord {
  const quote = Array.from(text).slice(start, end).join('');
  return { type: 'quantity', doc: DOC, quote, span: [start, end], section: null, value, unit: null, upper: null, qualifier: null, metric: null, region: null, asOf: null, role: null };
}
function region(text: string, start: number, end: number): FactRecord {
  const quote = Array.from(text).slice(start, end).join('');
  return { type: 'region', doc: DOC, quote, span: [start, end], section: null, code: '532329', name: '武定县', level: 'county' };
}

/** The text a browser shows: tags dropped, entities read back. */
function visibleText(markup: string): string {
  return markup.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

function render(text: string, records: FactRecord[]): string {
  return highlightText(text, marksFor(text, records)).value;
}

describe('highlightText', () => {
  it('marks each record where it stands, the rest of the text untouched', () => {
    const text = '全州剩余贫困人口2903户8331人。';
    const out = render(text, [quantity(text, 8, 13, 2903), quantity(text, 13, 18, 8331)]);
    expect(out).toMatch(/^全州剩余贫困人口<mark id="f-quantity-8-13" class="f t-quantity" data-fact="0" title="[^"]*">2903户<\/mark><mark id="f-quantity-13-18" [^>]*>8331人<\/mark>。$/);
    expect(out).toContain('title="quantity  2903户\nvalue: 2903\n');
  });

  it('counts spans in code points: a character outside the BMP before a figure does not shift it', () => {
    const text = '𠀀𠀁武定县2903户';
    expect(text.length).toBe(12); // 10 code points, two of them surrogate pairs
    const out = render(text, [region(text, 2, 5), quantity(text, 5, 10, 2903)]);
    expect(out).toContain('>武定县</mark>');
    expect(out).toContain('>2903户</mark>');
    expect(visibleText(out)).toBe(text);
  });

  it('nests a record inside another, and splits one that crosses another into pieces of one record', () => {
    const text = 'ABCDEFGH';
    const records = [quantity(text, 1, 7, 1), region(text, 2, 4), quantity(text, 3, 6, 2)];
    const out = render(text, records);
    expect(visibleText(out)).toBe(text);
    // well nested: every close matches the innermost open
    const depth = [...out.matchAll(/<(\/?)mark/g)].reduce((d, m) => {
      expect(d).toBeGreaterThanOrEqual(0);
      return d + (m[1] ? -1 : 1);
    }, 0);
    expect(depth).toBe(0);
    const pieces = (i: number) => [...out.matchAll(new RegExp(`data-fact="${i}"`, 'g'))].length;
    expect([pieces(0), pieces(1), pieces(2)]).toEqual([1, 1, 2]);
    // one anchor per record even when it is split
    expect([...out.matchAll(/id="f-quantity-3-6"/g)]).toHaveLength(1);
  });

  it('escapes the text and the fields: markup in a notice stays text', () => {
    const text = '<script>alert(1)</script>共<img src=x onerror=alert(1)>3个';
    const at = Array.from(text).indexOf('3');
    const q = { ...quantity(text, at, at + 2, 3), metric: '"><b onmouseover=alert(2)>' };
    const out = render(text, [q]);
    expect(out).not.toMatch(/<(script|img|b)\b/);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;共&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('metric: &quot;&gt;&lt;b onmouseover=alert(2)&gt;');
    expect(visibleText(out)).toBe(text);
  });

  it('drops a span that lies outside the text rather than misplacing it', () => {
    const text = '3个';
    expect(marksFor(text, [quantity(text, 0, 2, 3), { ...quantity(text, 0, 2, 3), span: [1, 9] }])).toHaveLength(1);
  });
});

describe('html', () => {
  it('escapes interpolated text in text and attributes, passes nested html through', () => {
    const evil = `"'<x>&`;
    expect(html`<a title="${evil}">${evil}</a>${html`<b>${evil}</b>`}`.value).toBe(
      '<a title="&quot;&#39;&lt;x&gt;&amp;">&quot;&#39;&lt;x&gt;&amp;</a><b>&quot;&#39;&lt;x&gt;&amp;</b>',
    );
    expect(escapeHtml('武定县')).toBe('武定县');
  });
});
