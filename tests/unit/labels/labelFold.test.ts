import { describe, expect, it } from 'vitest';
import { foldTokens, initialsOf, singularCandidates } from '../../../src/core/labels/foldRules';
import { buildLabelFold } from '../../../src/core/labels/labelFold';

/** Do `a` and `b` fold into one group when a dataset holds both (and `others`)? */
function oneGroup(a: string, b: string, others: string[] = []): boolean {
  const fold = buildLabelFold([a, b, ...others]);
  return fold.keyOf(a) === fold.keyOf(b);
}

describe('labels that fold into one group when both occur', () => {
  it.each([
    ['case', 'Climate', 'climate'],
    ['surrounding and inner spacing', '  CLIMATE ', 'climate'],
    ['inner spacing', 'Water  \t rights', 'water rights'],
    ['a plural', 'knowledge graphs', 'Knowledge Graph'],
    ['-ies', 'technologies', 'technology'],
    ['-ie + s', 'movies', 'movie'],
    ['-es', 'taxes', 'tax'],
    ['-ches', 'approaches', 'approach'],
    ['-e + s', 'niches', 'niche'],
    ['-ves', 'initiatives', 'initiative'],
    ['irregular -ses', 'analyses', 'analysis'],
    ['irregular', 'children', 'child'],
    ['French -aux', 'réseaux', 'réseau'],
    ['an acronym plural', 'LLMs', 'LLM'],
    ['hyphens', 'work-life balance', 'work life balance'],
    ['a hyphen against no space', 'Chat-GPT', 'ChatGPT'],
    ['a space against none', 'cyber security', 'cybersecurity'],
    ['& and "and"', 'Health & Longevity', 'health and longevity'],
    ['other punctuation', 'AR/VR', 'AR VR'],
    ['apostrophes', 'children’s learning', 'childrens learning'],
    ['dotted initials', 'U.S. economy', 'US economy'],
    ['a known acronym and its expansion', 'AI', 'artificial intelligence'],
    ['a known acronym in lower case', 'generative ai', 'Generative Artificial Intelligence'],
    ['a known acronym in a longer label', 'AI regulations', 'artificial intelligence regulation'],
    ['a known acronym written with dots', 'generative A.I.', 'generative AI'],
    ['a known acronym and its plural expansion', 'LLM', 'large language models'],
    ['an acronym whose expansion occurs', 'EV', 'electric vehicles'],
    ['an acronym of the data whose expansion occurs', 'SAF', 'sustainable aviation fuel'],
    ['an acronym spelled with its linking words', 'IoT', 'internet of things'],
    ['a common-word acronym and its expansion', 'US', 'United States'],
  ])('%s: %j ~ %j', (_rule, a, b) => {
    expect(oneGroup(a, b)).toBe(true);
  });
});

describe('labels that stay apart', () => {
  it.each([
    ['an acronym and a name that looks like it', 'AI', 'Al'],
    ['an acronym and the pronoun it spells', 'US', 'us'],
    ['an acronym and the word it spells', 'IT', 'it'],
    ['a word whose s is not a plural', 'news', 'new'],
    ['a word ending in -as', 'gas', 'ga'],
    ['a word ending in -is', 'analysis', 'analysi'],
    ['a discipline and its adjective', 'economics', 'economic'],
    ['humanities and humanity', 'humanities', 'humanity'],
    ['accents', 'résumé', 'resume'],
    ['French words that only look alike', 'vie privée', 'vie privé'],
    ['a plural inside a label', 'sales strategy', 'sale strategy'],
    [
      'an acronym with two expansions in the data',
      'IA',
      'intelligence artificielle',
      ['information architecture'],
    ],
    ['a known acronym against an unrelated expansion', 'M.B.A.', 'Maybelline Beauty app'],
    ['an acronym whose expansion does not occur', 'VAT', 'value tax'],
    ['different digits', 'GPT-4', 'GPT-3'],
  ])('%s: %j, %j', (_rule, a, b, others: string[] = []) => {
    expect(oneGroup(a, b, others)).toBe(false);
  });

  it('folds a plural only when its singular occurs', () => {
    const fold = buildLabelFold(['knowledge graphs']);
    expect(fold.keyOf('knowledge graphs')).toBe('knowledge graphs');
  });

  it('does not pair an acronym with an expansion that only a longer label contains', () => {
    expect(oneGroup('EV', 'electric vehicles charging')).toBe(false);
  });
});

describe('keyOf', () => {
  const fold = buildLabelFold([
    'AI',
    'artificial intelligence',
    'Knowledge Graphs',
    'knowledge graph',
    'cybersecurity',
    'cyber security',
  ]);

  it.each([
    ['a spelling of the data', 'AI', 'artificial intelligence'],
    ['another case of it', 'Artificial INTELLIGENCE', 'artificial intelligence'],
    ['a spelling the data does not hold, folded by the same rules', 'ai', 'artificial intelligence'],
    ['a plural the data does not hold', 'knowledge-graphs', 'knowledge graph'],
    ['spacing', 'cyber-security', 'cyber security'],
    ['a label outside every group', 'Ocean Acidification', 'ocean acidification'],
    ['a blank label', '   ', ''],
    ['a label of punctuation only', ' - ', '-'],
  ])('%s: %j -> %j', (_case, label, key) => {
    expect(fold.keyOf(label)).toBe(key);
  });

  it('is the same whatever order the labels come in', () => {
    const labels = ['cyber security', 'cybersecurity', 'EV', 'electric vehicles', 'electric vehicle', 'AI'];
    const forward = buildLabelFold(labels);
    const backward = buildLabelFold([...labels].reverse());
    for (const label of labels) expect(backward.keyOf(label)).toBe(forward.keyOf(label));
  });

  it('lists the acronyms it pairs from the data', () => {
    const paired = buildLabelFold(['EV', 'electric vehicles', 'IA', 'intelligence artificielle']);
    expect(paired.acronyms.get('ev')).toBe('electric vehicle');
    expect(paired.acronyms.get('ia')).toBe('intelligence artificielle');
  });
});

describe('the rules', () => {
  it.each([
    ['AI', [{ text: 'ai', acronym: true }]],
    ['US', [{ text: 'US', acronym: true }]],
    ['us', [{ text: 'us', acronym: false }]],
    ['LLMs', [{ text: 'llm', acronym: true }]],
    ['5G', [{ text: '5g', acronym: true }]],
    [
      'R&D',
      [
        { text: 'r', acronym: false },
        { text: 'and', acronym: false },
        { text: 'd', acronym: false },
      ],
    ],
    ['M.B.A.', [{ text: 'mba', acronym: true }]],
    ['Énergie', [{ text: 'énergie', acronym: false }]],
    ['C++', [{ text: 'c++', acronym: false }]],
    ['', []],
  ])('foldTokens(%j)', (label, tokens) => {
    expect(foldTokens(label)).toEqual(tokens);
  });

  it.each([
    ['policies', ['policy', 'policie']],
    ['drives', ['drive', 'drif', 'drife']],
    ['boxes', ['boxe', 'box']],
    ['models', ['model']],
    ['analyses', ['analysis']],
    ['news', []],
    ['business', []],
    ['status', []],
    ['gas', []],
    ['model', []],
  ])('singularCandidates(%j)', (word, candidates) => {
    expect(singularCandidates(word)).toEqual(candidates);
  });

  it.each([
    [['artificial', 'intelligence'], ['ai']],
    [
      ['internet', 'of', 'things'],
      ['iot', 'it'],
    ],
    [
      ['research', 'and', 'development'],
      ['rad', 'rd'],
    ],
    [['solo'], []],
  ])('initialsOf(%j)', (words, initials) => {
    expect(initialsOf(words)).toEqual(initials);
  });
});
