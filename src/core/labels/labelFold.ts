import { foldTokens, initialsOf, KNOWN_ACRONYMS, singularCandidates, type FoldToken } from './foldRules';

/**
 * Which labels of a dataset are one: built once per dataset from all its labels, because two of
 * the rules need the data. A plural folds into its singular when the singular occurs
 * (`knowledge graphs` ~ `knowledge graph`, but `news` never becomes `new`), and an acronym into
 * its expansion when both occur (`EV` ~ `electric vehicles`) or when it is one of KNOWN_ACRONYMS
 * (`AI` ~ `artificial intelligence`). Spacing inside words does not count (`cyber security` ~
 * `cybersecurity`). Labels themselves are never changed: the fold only gives them keys.
 */
export interface LabelFold {
  /**
   * The key of a label's group: equal keys, one group. A label of the data gets the key computed
   * when the fold was built; any other (from a URL, say) is folded against the same data.
   */
  keyOf(label: string): string;
  /** Acronym -> expansion, as the keys spell them: the known ones and those the data pairs. */
  acronyms: ReadonlyMap<string, string>;
}

export function buildLabelFold(labels: Iterable<string>): LabelFold {
  const tokensOf = new Map<string, FoldToken[]>();
  for (const label of labels) {
    const trimmed = label.trim();
    if (!tokensOf.has(trimmed)) tokensOf.set(trimmed, foldTokens(trimmed));
  }
  const acronyms = pairAcronyms([...tokensOf.values()]);
  const wordsOf = new Map<string, string[]>();
  const present = new Set<string>();
  for (const [label, tokens] of tokensOf) {
    const words = expand(tokens, acronyms);
    wordsOf.set(label, words);
    present.add(words.join(''));
  }
  // Spellings that differ only in spacing are one group; its key is the first of their spaced forms.
  const keyOfIdentity = new Map<string, string>();
  const identityOf = new Map<string, string>();
  for (const [label, words] of wordsOf) {
    const folded = singular(words, present);
    const identity = folded.join('');
    const spaced = folded.join(' ');
    identityOf.set(label, identity);
    const key = keyOfIdentity.get(identity);
    if (key === undefined || spaced < key) keyOfIdentity.set(identity, spaced);
  }
  const keyOfLabel = new Map<string, string>();
  for (const [label, identity] of identityOf)
    keyOfLabel.set(label, keyOfIdentity.get(identity) || fallbackKey(label));
  return {
    keyOf(label) {
      const trimmed = label.trim();
      const known = keyOfLabel.get(trimmed);
      if (known !== undefined) return known;
      const folded = singular(expand(foldTokens(trimmed), acronyms), present);
      return keyOfIdentity.get(folded.join('')) || folded.join(' ') || fallbackKey(trimmed);
    },
    acronyms,
  };
}

/** A label made only of marks the rules drop (`-`, `€`) is still a value: its own lower case, spacing collapsed. */
function fallbackKey(label: string): string {
  return label.replace(/\s+/g, ' ').toLowerCase();
}

function expand(tokens: readonly FoldToken[], acronyms: ReadonlyMap<string, string>): string[] {
  const words: string[] = [];
  for (const { text } of tokens) {
    const expansion = acronyms.get(text);
    if (expansion === undefined) words.push(text);
    else words.push(...expansion.split(' '));
  }
  return words;
}

/** The words with the last one made singular, when that singular occurs in the data. */
function singular(words: string[], present: ReadonlySet<string>): string[] {
  const last = words.at(-1);
  if (last === undefined) return words;
  const head = words.slice(0, -1);
  for (const candidate of singularCandidates(last)) {
    const form = [...head, candidate];
    if (present.has(form.join(''))) return form;
  }
  return words;
}

/**
 * The known acronyms, plus each label written as an acronym (`EV`) whose expansion is another
 * label of the data (`electric vehicles`), when exactly one expansion fits: `IA` with both
 * `intelligence artificielle` and `information architecture` stays as written.
 */
function pairAcronyms(labels: readonly FoldToken[][]): Map<string, string> {
  const acronyms = new Map(Object.entries(KNOWN_ACRONYMS));
  const written = new Map<string, string>();
  for (const tokens of labels) {
    const only = tokens.length === 1 ? tokens[0]! : null;
    if (only !== null && only.acronym && !acronyms.has(only.text))
      written.set(only.text.toLowerCase(), only.text);
  }
  if (written.size === 0) return acronyms;
  const expansions = new Map<string, Map<string, string>>();
  for (const tokens of labels) {
    if (tokens.length < 2 || tokens.length > 6 || tokens.some((token) => token.acronym)) continue;
    const words = tokens.map((token) => token.text);
    for (const initials of initialsOf(words)) {
      if (!written.has(initials)) continue;
      // Plural and singular spellings of one expansion are one candidate.
      const last = words.at(-1)!;
      const loose = [...words.slice(0, -1), singularCandidates(last)[0] ?? last].join(' ');
      const candidates = expansions.get(initials) ?? new Map<string, string>();
      if (!candidates.has(loose)) candidates.set(loose, words.join(' '));
      expansions.set(initials, candidates);
    }
  }
  for (const [initials, acronym] of written) {
    const candidates = expansions.get(initials);
    if (candidates?.size === 1) acronyms.set(acronym, [...candidates.values()][0]!);
  }
  return acronyms;
}

/** The fold before any data is loaded: the rules alone. */
export const FOLD_WITHOUT_DATA = buildLabelFold([]);
