import { describe, expect, it } from 'vitest';
import {
  describeSearch,
  highlightPatterns,
  matchRanges,
  parseSearch,
} from '../../../src/core/query/searchQuery';

/** A parsed query written short: clauses joined by " & ", terms by " | ", phrases in quotes, "-" for excluded. */
function shortly(text: string): string {
  return parseSearch(text)
    .clauses.map((clause) =>
      clause
        .map((term) => {
          const words = term.words.join(' ');
          return `${term.negated ? '-' : ''}${term.quoted ? `"${words}"` : words}`;
        })
        .join(' | '),
    )
    .join(' & ');
}

describe('reading a search', () => {
  it.each<[string, string]>([
    ['AI', 'ai'],
    ['  Solar   ROOF ', 'solar & roof'],
    ['"climate change" policy', '"climate change" & policy'],
    ['"climate  Change', '"climate change"'],
    ['ai -war', 'ai & -war'],
    ['-"fossil fuel"', '-"fossil fuel"'],
    ['ai OR ml', 'ai | ml'],
    ['ai OR ml OR "deep learning" policy', 'ai | ml | "deep learning" & policy'],
    ['ai or ml', 'ai & or & ml'],
    ['OR ai OR', 'ai'],
    ['ai - ', 'ai'],
    ['""', ''],
    ['e-mail', 'e-mail'],
  ])('%j reads as %j', (text, expected) => {
    expect(shortly(text)).toBe(expected);
  });

  it.each<[string, string]>([
    ['', ''],
    ['AI', 'Rows with a word starting “ai”'],
    ['"climate change" -war', 'Rows with the phrase “climate change”, without a word starting “war”'],
    [
      'ai OR ml policy',
      'Rows with (a word starting “ai” or a word starting “ml”) and a word starting “policy”',
    ],
    ['-ai', 'Rows without a word starting “ai”'],
    ['十年', 'Rows with “十年”'],
  ])('says how %j was read', (text, line) => {
    expect(describeSearch(parseSearch(text))).toBe(line);
  });
});

describe('what to highlight', () => {
  const ranges = (text: string, query: string) =>
    matchRanges(text, highlightPatterns(parseSearch(query))).map(([start, end]) => text.slice(start, end));

  it.each<[string, string, string[]]>([
    ['AI-driven tools, as the AIs said', 'ai', ['AI', 'AI']],
    ['Climate change and change in climate', '"climate change"', ['Climate change']],
    ['Climate change and change in climate', 'climate change', ['Climate', 'change', 'change', 'climate']],
    ['Software war', 'war -soft', ['war']],
    ['Solar roofs', 'sol solar', ['Solar']],
    ['a.b (c)', '(c', ['(c']],
    ['nothing here', '', []],
  ])('in %j for %j', (text, query, expected) => {
    expect(ranges(text, query)).toEqual(expected);
  });
});
