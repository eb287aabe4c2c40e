import { describe, expect, it } from 'vitest';
import { buildBriefingPack, type BriefingPackInput } from '../../../src/core/foresight/briefingPack';

const input: BriefingPackInput = {
  title: 'Q3 briefing: <AI> & energy',
  madeOn: '2026-12-04',
  datasetLabel: 'briefs.json',
  filtersCaption: 'Themes: AI · 12 briefs',
  figures: [
    {
      title: 'Radar',
      svg: '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><circle r="3"/></svg>',
    },
  ],
  signals: [
    {
      name: 'Grid batteries',
      description: 'Utilities "store" sun',
      relevancy: 5,
      briefTitle: 'Storage',
      date: '2026-08-01',
      url: 'https://example.org/a?b=1&c=2',
    },
    {
      name: 'Scripted',
      description: '',
      relevancy: null,
      briefTitle: 'Bad link',
      date: null,
      url: 'javascript:alert(1)',
    },
  ],
  topics: [{ label: 'energy storage · grid', description: 'Batteries at grid scale', size: 1 }],
};

describe('buildBriefingPack', () => {
  const html = buildBriefingPack(input);

  it('forbids every request in its content security policy and links no resource', () => {
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/i);
    expect(html).not.toMatch(/\bsrc=/i);
  });

  it('escapes the text it is given, and links only http(s) sources', () => {
    expect(html).toContain('<title>Q3 briefing: &lt;AI&gt; &amp; energy</title>');
    expect(html).toContain('Utilities &quot;store&quot; sun');
    expect(html).toContain('<a href="https://example.org/a?b=1&amp;c=2" rel="noreferrer">Storage</a>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<td>Bad link</td>');
  });

  it('carries the date, the filters, the figures inline, the topics and the signals', () => {
    expect(html).toContain('Made on 2026-12-04');
    expect(html).toContain('Themes: AI · 12 briefs');
    expect(html).toContain(
      '<figure><figcaption>Radar</figcaption><svg xmlns="http://www.w3.org/2000/svg"><circle r="3"/></svg></figure>',
    );
    expect(html).toContain('energy storage · grid <small>(1 brief)</small>');
    expect(html.match(/<tr><td class="num">/g)).toHaveLength(2);
    expect(html).toContain('@media print');
  });

  it('says so when no signal matches', () => {
    expect(buildBriefingPack({ ...input, signals: [], figures: [], topics: [] })).toContain(
      'No signal matches the current filters.',
    );
  });
});
