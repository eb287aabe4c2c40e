import { Random, streamSeed } from './random';
import { THEMES } from './vocabulary';

/**
 * Theme and keyword labels with the real corpus's long tail: a label's rank is drawn from a shifted
 * Zipf law over an unbounded vocabulary (p(rank) ~ (rank + SHIFT)^-EXPONENT with EXPONENT just above 1),
 * so most labels occur in one brief only at any corpus size, and the share of one-brief labels falls
 * slowly as the corpus grows, as it does from the 55 real briefs to the 205. The first ranks are
 * common labels; the others are invented combinations of words, the same rank always giving the same
 * label. Each occurrence may then be spelt differently (case, plural, hyphen, acronym).
 */
export type LabelKind = 'theme' | 'keyword';

// prettier-ignore
const COMMON_THEMES = [
  'technology', 'sustainability', 'innovation', 'climate change', 'artificial intelligence', 'health',
  'economy', 'society', 'culture', 'education', 'politics', 'environment', 'community', 'design',
  'management', 'history', 'science', 'media', 'business', 'energy', 'privacy', 'leadership', 'work',
  'consumer behavior', 'public health', 'social media', 'urban living', 'mental health', 'regulation',
  'ethics', 'data', 'creativity', 'entrepreneurship', 'globalization', 'inequality', 'wellness',
];

// prettier-ignore
const COMMON_KEYWORDS = [
  'AI', 'technology', 'climate change', 'China', 'generative AI', 'innovation', 'sustainability', 'Europe',
  'startups', 'regulation', 'United States', 'privacy', 'social media', 'data', 'India', 'Apple', 'Google',
  'research', 'productivity', 'health', 'education', 'energy', 'automation', 'inflation', 'security',
];

// prettier-ignore
const ADJECTIVES = [
  'urban', 'digital', 'social', 'public', 'global', 'local', 'green', 'sustainable', 'cultural', 'economic',
  'political', 'scientific', 'artistic', 'personal', 'collective', 'corporate', 'ethical', 'environmental',
  'technological', 'historical', 'creative', 'human', 'financial', 'legal', 'medical', 'mental', 'physical',
  'rural', 'remote', 'online', 'open', 'circular', 'renewable', 'autonomous', 'smart', 'emerging',
  'alternative', 'traditional', 'modern', 'future', 'youth', 'consumer', 'industrial', 'domestic',
  'international', 'regional', 'national', 'community', 'shared', 'hybrid', 'virtual', 'physical-digital',
  'low-cost', 'high-speed', 'long-term', 'short-term', 'independent', 'informal', 'organizational',
  'behavioral', 'educational', 'civic', 'military', 'agricultural', 'architectural', 'musical', 'literary',
  'scholarly', 'religious', 'generational', 'demographic', 'psychological', 'biological', 'chemical',
  'electric', 'solar', 'nuclear', 'marine', 'coastal', 'urbanized', 'decentralized', 'algorithmic',
  'collaborative', 'experimental', 'minimalist', 'affordable', 'luxury', 'handmade', 'mobile', 'wearable',
];

// prettier-ignore
const NOUNS = [
  'living', 'expression', 'protest', 'consumerism', 'norms', 'research', 'identity', 'connection',
  'engagement', 'knowledge', 'publishing', 'heating', 'lighting', 'transport', 'housing', 'farming',
  'fashion', 'music', 'cinema', 'gaming', 'sports', 'tourism', 'retail', 'banking', 'insurance', 'trade',
  'manufacturing', 'construction', 'design', 'architecture', 'journalism', 'advertising', 'marketing',
  'branding', 'storytelling', 'memory', 'heritage', 'ritual', 'friendship', 'parenting', 'childhood',
  'ageing', 'migration', 'labor', 'employment', 'wages', 'unions', 'governance', 'policy', 'law',
  'justice', 'rights', 'ownership', 'property', 'infrastructure', 'networks', 'platforms', 'markets',
  'supply', 'demand', 'consumption', 'waste', 'water', 'soil', 'forests', 'oceans', 'rivers', 'cities',
  'neighborhoods', 'villages', 'schools', 'universities', 'hospitals', 'libraries', 'museums', 'theatres',
  'restaurants', 'kitchens', 'gardens', 'parks', 'streets', 'buildings', 'offices', 'factories', 'ports',
  'airports', 'railways', 'roads', 'bridges', 'vehicles', 'bicycles', 'batteries', 'chips', 'sensors',
  'robots', 'drones', 'satellites', 'software', 'hardware', 'algorithms', 'models', 'datasets', 'archives',
  'standards', 'protocols', 'licenses', 'patents', 'subsidies', 'taxes', 'tariffs', 'prices', 'costs',
  'investment', 'funding', 'philanthropy', 'volunteering', 'activism', 'movements', 'elections', 'voting',
  'diplomacy', 'conflict', 'security', 'surveillance', 'censorship', 'trust', 'reputation', 'attention',
  'habits', 'routines', 'wellbeing', 'happiness', 'anxiety', 'sleep', 'diet', 'fitness', 'medicine',
  'vaccines', 'diagnostics', 'therapy', 'care', 'nursing', 'disability', 'accessibility', 'inclusion',
  'diversity', 'equity', 'poverty', 'wealth', 'inheritance', 'philosophy', 'religion', 'spirituality',
  'humor', 'satire', 'art', 'photography', 'poetry', 'literature', 'translation', 'language', 'dialects',
  'education', 'skills', 'expertise', 'craftsmanship', 'repair', 'maintenance', 'recycling', 'reuse',
  'resilience', 'adaptation', 'mitigation', 'emissions', 'pollution', 'biodiversity', 'wildlife', 'pets',
  'weather', 'seasons', 'disasters', 'risk', 'uncertainty', 'forecasting', 'planning', 'strategy',
  'competition', 'cooperation', 'collaboration', 'leadership', 'management', 'bureaucracy', 'procurement',
  'experimentation', 'prototyping', 'decoding', 'cryptography', 'mathematics', 'physics', 'astronomy',
  'geology', 'chemistry', 'biology', 'ecology', 'genetics', 'neuroscience', 'psychology', 'sociology',
  'anthropology', 'economics', 'statistics', 'computing', 'communication', 'media', 'news', 'podcasts',
];

// prettier-ignore
const SYLLABLES = [
  'ka', 'lo', 'ven', 'tra', 'mi', 'sor', 'del', 'an', 'ru', 'bel', 'quin', 'ta', 'zor', 'el', 'mar',
  'no', 'vi', 'den', 'sa', 'tor', 'li', 'ber', 'go', 'rin', 'fa', 'hel', 'dro', 'cas', 'pe', 'nor',
];
// prettier-ignore
const NAME_SUFFIXES = [
  'Labs', 'Institute', 'Foundation', 'Act', 'Project', 'Report', 'Index', 'Summit', 'Protocol', 'Group',
  'Capital', 'Health', 'Energy', 'Motors', 'Robotics', 'University', 'Council', 'Studio', 'Network', 'Bank',
];

/** Acronyms and what they stand for: an occurrence may use either. */
// prettier-ignore
export const ACRONYMS: readonly (readonly [string, string])[] = [
  ['AI', 'artificial intelligence'], ['EV', 'electric vehicle'], ['VR', 'virtual reality'],
  ['AR', 'augmented reality'], ['IoT', 'internet of things'], ['ESG', 'environmental social governance'],
  ['LLM', 'large language model'], ['UBI', 'universal basic income'], ['NFT', 'non-fungible token'],
  ['EU', 'European Union'], ['UK', 'United Kingdom'], ['US', 'United States'], ['ML', 'machine learning'],
  ['GDP', 'gross domestic product'], ['DEI', 'diversity equity inclusion'], ['R&D', 'research and development'],
];

/** The shifted Zipf law of label ranks, and the spelling variants of each occurrence. */
const LAW = {
  theme: { exponent: 1.06, shift: 12 },
  keyword: { exponent: 1.02, shift: 6 },
};
const VARIANTS = {
  /** Capitalised first letter: `Technology`. */
  capitalised: 0.03,
  /** The last word's plural or singular form instead. */
  plural: 0.05,
  /** A space for a hyphen or a hyphen for a space. */
  hyphen: 0.015,
  /** The acronym for its expansion, or the other way round. */
  acronym: 0.6,
};
/** Beyond this rank a label is drawn fresh: it is all but certain to be unique anyway. */
const FRESH_RANK = 1e9;

const HEADS: Record<LabelKind, readonly string[]> = {
  theme: [...COMMON_THEMES, ...THEMES],
  keyword: COMMON_KEYWORDS,
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function properName(random: Random): string {
  const syllables = Array.from({ length: random.int(2, 3) }, () => random.pick(SYLLABLES)).join('');
  const name = capitalize(syllables);
  return random.chance(0.6) ? `${name} ${random.pick(NAME_SUFFIXES)}` : name;
}

/** An invented label: one to three words, or a name (more often among keywords). */
function inventedLabel(kind: LabelKind, random: Random): string {
  const draw = random.next();
  const noun = () => singularSometimes(random.pick(NOUNS), random);
  if (draw < (kind === 'keyword' ? 0.2 : 0.06)) return properName(random);
  if (draw < 0.27) return noun();
  if (draw < 0.39) return `${random.pick(ACRONYMS)[0]} ${noun()}`;
  if (draw < (kind === 'keyword' ? 0.45 : 0.41)) return initials(random);
  if (draw < 0.9) return `${random.pick(ADJECTIVES)} ${noun()}`;
  if (draw < 0.97) return `${random.pick(ADJECTIVES)} ${random.pick(NOUNS)} and ${noun()}`;
  return `${random.pick(NOUNS)} of ${random.pick(ADJECTIVES)} ${noun()}`;
}

/** An organisation's or a product's initials: `SSPL`, `OSS`. */
function initials(random: Random): string {
  return Array.from({ length: random.int(2, 4) }, () => String.fromCharCode(65 + random.int(0, 25))).join('');
}

/** Most nouns of the list are plural; labels more often use the singular. */
function singularSometimes(noun: string, random: Random): string {
  return /[^s]s$/.test(noun) && !/(ics|news)$/.test(noun) && random.chance(0.5) ? noun.slice(0, -1) : noun;
}

/** The label at `rank` (from 0): the common labels first, then a fixed invented one per rank. */
export function labelAt(kind: LabelKind, rank: number): string {
  const head = HEADS[kind];
  if (rank < head.length) return head[rank]!;
  return inventedLabel(kind, new Random(streamSeed(kind === 'theme' ? 7_001 : 7_002, rank)));
}

/** A rank from the shifted Zipf law (continuous approximation, inverted). */
function drawRank(kind: LabelKind, random: Random): number {
  const { exponent, shift } = LAW[kind];
  const uniform = 1 - random.next();
  return Math.floor((1 + shift) * uniform ** (-1 / (exponent - 1)) - 1 - shift);
}

/** One label occurrence from the long tail, already spelt as it will appear. */
export function drawLabel(kind: LabelKind, random: Random): string {
  const rank = drawRank(kind, random);
  const label = rank < FRESH_RANK ? labelAt(kind, rank) : inventedLabel(kind, random);
  return spellVariant(label, random);
}

function togglePlural(label: string): string {
  if (/[^s]s$/.test(label)) return label.slice(0, -1);
  if (/[a-z]$/.test(label) && !/(ing|ism|y|ss|sh|ch|x)$/.test(label)) return `${label}s`;
  return label;
}

/** The label as one brief spells it: now and then another case, number, hyphenation or the acronym. */
export function spellVariant(label: string, random: Random): string {
  let spelt = label;
  const pair = ACRONYMS.find(([short, long]) => spelt.includes(long) || spelt.split(' ').includes(short));
  if (pair && random.chance(VARIANTS.acronym)) {
    const [short, long] = pair;
    spelt = spelt.includes(long)
      ? spelt.replace(long, short)
      : spelt
          .split(' ')
          .map((w) => (w === short ? long : w))
          .join(' ');
  }
  if (random.chance(VARIANTS.plural)) spelt = togglePlural(spelt);
  if (random.chance(VARIANTS.hyphen))
    spelt = spelt.includes('-') ? spelt.replace('-', ' ') : spelt.replace(' ', '-');
  if (/^[a-z]/.test(spelt) && random.chance(VARIANTS.capitalised)) spelt = capitalize(spelt);
  return spelt;
}
