import { Random } from './random';

/**
 * The generator's own vocabulary: invented, generic phrases (nothing taken from real briefs).
 * Lists are ordered from most to least common where they feed a long-tail draw.
 */

// prettier-ignore
export const THEMES = [
  'AI regulation', 'urban heat', 'circular economy', 'remote work', 'energy transition', 'food security',
  'digital identity', 'misinformation', 'water scarcity', 'aging populations', 'mental health',
  'gig economy', 'carbon markets', 'space commerce', 'synthetic biology', 'quantum computing',
  'data privacy', 'cybersecurity', 'supply chain resilience', 'housing affordability', 'public transit',
  'electric mobility', 'biodiversity loss', 'ocean health', 'precision agriculture', 'alternative proteins',
  'automation of work', 'universal basic income', 'decentralized finance', 'central bank digital currencies',
  'creator economy', 'online education', 'lifelong learning', 'telemedicine', 'personalized medicine',
  'antimicrobial resistance', 'pandemic preparedness', 'loneliness', 'youth activism',
  'democratic backsliding', 'platform governance', 'content moderation', 'open source',
  'semiconductor sovereignty', 'critical minerals', 'battery recycling', 'hydrogen economy',
  'nuclear revival', 'grid modernization', 'climate adaptation', 'wildfire risk', 'coastal flooding',
  'climate migration', 'heat resilience', 'green finance', 'ESG reporting', 'stakeholder capitalism',
  'four-day week', 'workplace surveillance', 'algorithmic bias', 'explainable AI', 'generative media',
  'deepfakes', 'digital twins', 'smart cities', '15-minute cities', 'urban greening', 'vertical farming',
  'soil regeneration', 'plastic pollution', 'fast fashion', 'repair culture', 'sharing economy',
  'right to repair', 'product passports', 'sustainable aviation', 'shipping decarbonization',
  'last-mile delivery', 'drone logistics', 'autonomous vehicles', 'micromobility', 'overtourism',
  'digital nomads', 'cross-border payments', 'inflation pressures', 'labour shortages', 'reskilling',
  'care economy', 'childcare access', 'fertility decline', 'longevity science', 'wearable health',
  'sleep economy', 'psychedelic therapy', 'nutrition science', 'ultra-processed food', 'sports analytics',
  'esports', 'virtual worlds', 'immersive retail', 'social commerce', 'subscription fatigue',
  'attention economy', 'digital minimalism', 'screen time', 'child online safety', 'age verification',
  'surveillance capitalism', 'biometrics', 'facial recognition', 'predictive policing', 'civic tech',
  'participatory budgeting', 'local journalism', 'trust in science', 'conspiracy culture', 'polarization',
  'geopolitical fragmentation', 'trade decoupling', 'reshoring', 'defence technology', 'cyber warfare',
  'space debris', 'satellite internet', 'undersea cables', 'edge computing', 'data centre energy',
  'AI compute', 'chip design', 'robotics', 'humanoid robots', 'exoskeletons', 'brain-computer interfaces',
  'gene editing', 'cultivated meat', 'mRNA platforms', 'rare diseases', 'health equity',
  'indigenous knowledge', 'heritage preservation', 'language revival', 'museum innovation',
  'music streaming', 'fan economies', 'craft revival', 'maker spaces', 'rural revitalization',
  'shrinking cities', 'housing cooperatives', 'co-living', 'homelessness', 'water reuse', 'desalination',
  'rewilding', 'carbon removal', 'geoengineering', 'methane emissions', 'heat pumps', 'building retrofits',
  'mass timber', '3D-printed housing', 'insurance retreat', 'disaster tech',
];

// prettier-ignore
const KEYWORD_MODIFIERS = [
  'solar', 'urban', 'digital', 'carbon', 'open', 'remote', 'autonomous', 'synthetic', 'quantum', 'community',
  'plant-based', 'battery', 'microbial', 'satellite', 'algorithmic', 'gig', 'municipal', 'coastal',
  'vertical', 'lab-grown', 'peer-to-peer', 'low-code', 'circular', 'regenerative', 'wearable', 'biometric',
  'decentralized', 'predictive', 'generative', 'modular', 'offshore', 'rooftop', 'shared', 'hybrid',
  'frugal', 'edge', 'cloud', 'neural', 'genomic', 'precision', 'passive', 'hydrogen', 'geothermal', 'tidal',
  'rural', 'civic', 'hyperlocal', 'immersive', 'haptic', 'cognitive', 'behavioural', 'participatory',
  'low-carbon', 'zero-waste', 'refillable', 'bio-based', 'cross-border', 'sovereign', 'ethical', 'adaptive',
  'resilient',
];

// prettier-ignore
const KEYWORD_NOUNS = [
  'farming', 'grids', 'wallets', 'identity', 'audits', 'cooperatives', 'housing', 'insurance', 'labour',
  'supply chains', 'sensors', 'platforms', 'markets', 'networks', 'storage', 'materials', 'textiles',
  'packaging', 'diagnostics', 'therapies', 'tutoring', 'logistics', 'mobility', 'payments', 'governance',
  'licensing', 'certification', 'standards', 'marketplaces', 'data trusts', 'microgrids', 'credits',
  'subsidies', 'tariffs', 'startups', 'unions', 'communities', 'classrooms', 'clinics', 'factories',
  'warehouses', 'neighbourhoods', 'corridors', 'ecosystems', 'interfaces', 'assistants', 'models',
  'infrastructure', 'ledgers',
];

/** About 3,000 two-word keywords in a fixed shuffled order (the order sets their popularity). */
export const KEYWORDS = new Random(20210103).shuffled(
  KEYWORD_MODIFIERS.flatMap((modifier) => KEYWORD_NOUNS.map((noun) => `${modifier} ${noun}`)),
);

// prettier-ignore
export const CATEGORIES = [
  'technology', 'society', 'environment', 'economy', 'health', 'politics', 'science', 'culture',
];
export const CATEGORY_WEIGHTS = [30, 18, 14, 12, 9, 7, 6, 4];

// prettier-ignore
export const TYPES = [
  'news article', 'blog post', 'opinion piece', 'research paper', 'report', 'interview', 'essay',
  'case study', 'press release', 'podcast transcript',
];
export const TYPE_WEIGHTS = [30, 22, 12, 9, 8, 6, 5, 4, 2, 2];

// prettier-ignore
export const ACTORS = [
  'city planners', 'insurers', 'farmers', 'regulators', 'startups', 'teachers', 'hospital networks',
  'logistics firms', 'central banks', 'local councils', 'retailers', 'researchers', 'energy utilities',
  'gig workers', 'parents', 'investors', 'software developers', 'civil society groups', 'manufacturers',
  'tourism boards', 'housing associations', 'trade unions',
];

// prettier-ignore
export const PLACES = [
  'northern Europe', 'Southeast Asia', 'coastal cities', 'sub-Saharan Africa', 'Latin America',
  'rural communities', 'the Gulf states', 'mid-sized towns', 'the Pacific islands',
  'post-industrial regions', 'megacities', 'Scandinavia', 'the Andes', 'the Mediterranean basin',
  'Central Asia', 'the Great Lakes region',
];

// prettier-ignore
const OUTCOMES = [
  'energy costs', 'response times', 'user retention', 'local employment', 'emissions', 'waiting lists',
  'crop yields', 'public trust', 'repair rates', 'school attendance',
];
// prettier-ignore
const OBSTACLES = [
  'permitting', 'unclear liability', 'data quality', 'public resistance', 'funding gaps', 'skills shortages',
  'legacy systems', 'procurement rules', 'fragmented standards',
];
const FUNDERS = [
  'municipal budgets',
  'philanthropic grants',
  'venture capital',
  'regional development funds',
  'cooperative members',
  'crowdfunding campaigns',
  'pension funds',
];
// prettier-ignore
const OLD_STATES = [
  'isolated pilots', 'manual processes', 'centralised provision', 'voluntary guidelines', 'niche adoption',
  'ownership of assets', 'one-off grants', 'national programmes', 'informal arrangements',
  'paper-based records',
];
// prettier-ignore
const NEW_STATES = [
  'coordinated regional programmes', 'largely automated workflows', 'distributed, community-run models',
  'binding standards', 'mass-market use', 'access through subscriptions', 'long-term public contracts',
  'city-level experiments', 'formal, audited schemes', 'shared digital registries',
];
// prettier-ignore
const FUTURES = [
  'a default option', 'a regulated utility', 'a standard line in public budgets', 'a competitive necessity',
  'an everyday service', 'a contested political issue', 'a mature export industry',
  'invisible infrastructure',
];
// prettier-ignore
const DRIVERS = [
  'Rising energy prices', 'Climate targets', 'Cheaper sensors', 'Labour shortages', 'Consumer expectations',
  'Public funding', 'Demographic change', 'Advances in machine learning', 'Supply chain shocks',
  'Tighter regulation', 'Urban growth', 'Investor pressure',
];
// prettier-ignore
const RISKS = [
  'Privacy erosion', 'Unequal access', 'Vendor lock-in', 'Job displacement', 'Greenwashing',
  'Security vulnerabilities', 'Loss of local control', 'Rebound effects', 'Regulatory gaps', 'Data misuse',
  'Concentration of market power', 'Hidden environmental costs',
];
// prettier-ignore
const HARMS = [
  'higher costs', 'exclusion from essential services', 'weaker bargaining power',
  'new forms of surveillance', 'stranded investments', 'loss of skilled jobs',
  'declining trust in institutions', 'unreliable supply',
];
// prettier-ignore
const BEHAVIOR_STARTS = [
  'Households adopting', 'Workers organising around', 'Consumers switching to', 'Cities co-investing in',
  'Students learning through', 'Firms pooling data on', 'Neighbourhoods crowdfunding',
  'Retirees volunteering for', 'Small businesses experimenting with', 'Patients demanding',
];
// prettier-ignore
const GOALS = [
  'cut monthly costs', 'gain more control over their data', 'reduce their footprint',
  'share scarce equipment', 'build local resilience', 'find more flexible income',
  'avoid long waiting times', 'keep skills up to date',
];
const MANNERS = [
  'through informal networks',
  'with support from local councils',
  'long before formal rules exist',
  'using cheap off-the-shelf tools',
  'despite patchy infrastructure',
  'in small, self-organised groups',
];
// prettier-ignore
const TECH_SUFFIXES = [
  'platform', 'sensors', 'toolkit', 'protocol', 'marketplace', 'models', 'registry', 'network',
];
// prettier-ignore
const TECH_NOUNS = [
  'software platform', 'sensor network', 'protocol', 'machine-learning model', 'shared registry',
  'hardware module', 'mobile application', 'data standard',
];
// prettier-ignore
const TECH_ACTIONS = [
  'matches supply and demand in near real time', 'tracks materials across their whole life cycle',
  'lets small operators pool capacity', 'forecasts demand from public data',
  'verifies claims without exposing personal data', 'automates routine paperwork',
  'monitors conditions at street level', 'makes maintenance predictable',
];
const QUALIFIERS = [
  'although adoption is still uneven',
  'mostly in pilot projects so far',
  'with costs falling quickly',
  'backed by a growing open community',
  'but dependent on a few suppliers',
  'and increasingly bundled with public services',
];
const PROBLEMS = [
  'governance',
  'funding gap',
  'skills shortage',
  'standardisation',
  'public acceptance',
  'accountability',
];
const SIGNAL_NAMES = [
  (k: string) => `Rising demand for ${k}`,
  (k: string) => `Shift toward ${k}`,
  (k: string, place: string) => `Growth of ${k} in ${place}`,
  (k: string) => `Mainstreaming of ${k}`,
  (k: string) => `${capitalize(k)} pilots multiply`,
  (k: string) => `Consolidation in ${k}`,
  (k: string) => `New rules for ${k}`,
  (k: string) => `Declining cost of ${k}`,
];

/** The draws a template needs; implemented per brief so keywords and themes come from the brief itself. */
export interface Slots {
  keyword(): string;
  theme(): string;
  actor(): string;
  place(): string;
  year(): number;
  percent(): number;
  pick<T>(items: readonly T[]): T;
}

type Template = (s: Slots) => string;

export const SUMMARY_SENTENCES: Template[] = [
  (s) => `The article examines how ${s.theme()} is reshaping the work of ${s.actor()} in ${s.place()}.`,
  (s) =>
    `It describes a growing number of pilots built around ${s.keyword()}, most of them small, local and funded by ${s.pick(FUNDERS)}.`,
  (s) =>
    `According to the author, ${s.actor()} are moving faster than ${s.actor()}, largely because ${s.keyword()} lowers the cost of experimentation.`,
  (s) =>
    `Early results are mixed: some projects report measurable gains in ${s.pick(OUTCOMES)}, while others stall over ${s.pick(OBSTACLES)}.`,
  (s) =>
    `The piece links the trend to ${s.theme()}, arguing that the two will reinforce each other over the next decade.`,
  (s) =>
    `Critics quoted in the text warn that ${s.keyword()} could deepen existing inequalities if access remains uneven.`,
  (s) =>
    `Several case studies from ${s.place()} show how ${s.actor()} combine ${s.keyword()} with ${s.keyword()} to reach new users.`,
  (s) =>
    `The author expects regulation to catch up within a few years, but notes that standards for ${s.keyword()} are still fragmented.`,
  (s) =>
    `A recurring point is trust: without transparent rules, ${s.actor()} hesitate to share data or commit to long-term funding.`,
  (s) =>
    `The text closes by asking whether ${s.theme()} will remain a niche concern or become part of mainstream planning.`,
  (s) =>
    `Investment in ${s.keyword()} has grown by about ${s.percent()} percent since ${s.year()}, with most of the money concentrated in a handful of firms.`,
  (s) =>
    `Interviews with ${s.actor()} suggest that the biggest barrier is not technology but coordination between institutions.`,
];

export const TITLES: Template[] = [
  (s) => `How ${s.theme()} is reshaping the work of ${s.actor()}`,
  (s) => `The rise of ${s.keyword()} in ${s.place()}`,
  (s) => `${s.keyword()}: what ${s.actor()} need to know`,
  (s) => `Why ${s.actor()} are betting on ${s.keyword()}`,
  (s) => `${s.theme()} and the future of ${s.keyword()}`,
  (s) => `Inside the push for ${s.keyword()}`,
  (s) => `Can ${s.keyword()} deliver on ${s.theme()}?`,
  (s) => `Lessons from ${s.place()} on ${s.theme()}`,
  (s) => `The hidden costs of ${s.keyword()}`,
  (s) => `${s.keyword()} moves from pilot to practice`,
];

export const ROW_TEMPLATES = {
  signalName: (s: Slots) => s.pick(SIGNAL_NAMES)(s.keyword(), s.place()),
  signalDescription: (s: Slots) =>
    `${capitalize(s.actor())} in ${s.place()} are increasingly experimenting with ${s.keyword()}, encouraged by early results in ${s.pick(OUTCOMES)}.`,
  change: (s: Slots) => `From ${s.pick(OLD_STATES)} to ${s.pick(NEW_STATES)} in ${s.keyword()}.`,
  tenYear: (s: Slots) => `In 10 years, ${s.keyword()} may be ${s.pick(FUTURES)} in ${s.place()}.`,
  drivingForce: (s: Slots) => `${s.pick(DRIVERS)}, pushing ${s.actor()} to act on ${s.theme()}.`,
  concernName: (s: Slots) => `${s.pick(RISKS)} in ${s.keyword()}`,
  concernDescription: (s: Slots) =>
    `If ${s.keyword()} spreads without safeguards, ${s.actor()} may face ${s.pick(HARMS)}, especially in ${s.place()} where oversight is thin.`,
  behaviorName: (s: Slots) => `${s.pick(BEHAVIOR_STARTS)} ${s.keyword()}`,
  behaviorDescription: (s: Slots) =>
    `${capitalize(s.actor())} are turning to ${s.keyword()} to ${s.pick(GOALS)}, often ${s.pick(MANNERS)}.`,
  technologyName: (s: Slots) => titleCase(`${s.keyword()} ${s.pick(TECH_SUFFIXES)}`),
  technologyDescription: (s: Slots) =>
    `A ${s.pick(TECH_NOUNS)} that ${s.pick(TECH_ACTIONS)} for ${s.actor()}, ${s.pick(QUALIFIERS)}.`,
  issueName: (s: Slots) => `${capitalize(s.keyword())} ${s.pick(PROBLEMS)}`,
  issueDescription: (s: Slots) =>
    `Questions about ${s.pick(PROBLEMS)} around ${s.keyword()} remain open, and ${s.actor()} disagree on who should pay for ${s.theme()}.`,
};

export interface LanguagePack {
  titles: Template[];
  sentences: Template[];
}

/** Briefs about non-English articles: title, summary and descriptions in the article's language. */
export const FOREIGN_LANGUAGES: LanguagePack[] = [
  {
    titles: [
      (s) => `${capitalize(s.theme())} : ce qui change pour les villes européennes`,
      (s) => `Pourquoi ${s.keyword()} séduit de plus en plus d’acteurs`,
    ],
    sentences: [
      (s) =>
        `L’article analyse comment ${s.theme()} modifie les priorités des collectivités et des entreprises.`,
      (s) =>
        `Selon l’auteur, les projets autour de « ${s.keyword()} » se multiplient, mais restent fragiles faute de financement durable.`,
      (s) =>
        `Plusieurs exemples montrent que la coopération entre villes, chercheurs et habitants accélère l’adoption de ${s.keyword()}.`,
      () =>
        'Le texte souligne aussi les risques : dépendance envers quelques fournisseurs, inégalités d’accès et manque de transparence.',
      (s) =>
        `D’ici dix ans, ${s.theme()} pourrait devenir un élément central des politiques publiques européennes.`,
      (s) =>
        `Les coûts ont baissé d’environ ${s.percent()} % depuis ${s.year()}, ce qui ouvre le marché à de nouveaux acteurs.`,
    ],
  },
  {
    titles: [
      (s) => `Wie ${s.theme()} unseren Alltag verändert`,
      (s) => `${capitalize(s.keyword())}: Chancen und Risiken für Kommunen`,
    ],
    sentences: [
      (s) => `Der Artikel untersucht, wie ${s.theme()} die Planung von Städten und Unternehmen verändert.`,
      (s) =>
        `Laut dem Autor wachsen Pilotprojekte rund um „${s.keyword()}“ schnell, doch die Finanzierung bleibt unsicher.`,
      () =>
        'Besonders in kleineren Gemeinden zeigt sich, dass Zusammenarbeit wichtiger ist als die Technik selbst.',
      () =>
        'Kritiker befürchten höhere Kosten für Verbraucher und eine stärkere Abhängigkeit von großen Plattformen.',
      (s) => `In zehn Jahren könnte ${s.keyword()} zum Standard in öffentlichen Ausschreibungen gehören.`,
      (s) =>
        `Die Investitionen stiegen seit ${s.year()} um rund ${s.percent()} Prozent, vor allem in Süddeutschland.`,
    ],
  },
  {
    titles: [
      (s) => `Cómo ${s.theme()} transforma las ciudades`,
      (s) => `${capitalize(s.keyword())}: oportunidades y riesgos para los municipios`,
    ],
    sentences: [
      (s) =>
        `El artículo analiza cómo ${s.theme()} está cambiando la manera en que las ciudades planifican sus servicios.`,
      (s) =>
        `Según el autor, las iniciativas basadas en «${s.keyword()}» crecen con rapidez, aunque dependen de subvenciones públicas.`,
      () =>
        'Varios casos en municipios pequeños muestran que la participación ciudadana es clave para su éxito.',
      () =>
        'Los críticos advierten sobre la falta de regulación y el riesgo de exclusión de los hogares con menos recursos.',
      (s) => `En diez años, ${s.keyword()} podría convertirse en una parte habitual de la vida cotidiana.`,
      (s) =>
        `La inversión ha aumentado cerca de un ${s.percent()} % desde ${s.year()}, sobre todo en el sector privado.`,
    ],
  },
  {
    titles: [(s) => `${s.theme()}と地域の未来`, (s) => `「${s.keyword()}」は定着するのか`],
    sentences: [
      (s) => `この記事は、${s.theme()}が地域社会にどのような影響を与えているかを分析している。`,
      (s) => `著者によると、「${s.keyword()}」に関する試験的な取り組みが各地で増えている。`,
      () => '一方で、資金不足や人材不足が課題として残っている。',
      (s) => `今後十年で、${s.keyword()}は日常的なサービスになる可能性がある。`,
    ],
  },
];

export const QUOTED_REMARKS: Template[] = [
  (s) => `As one organiser put it, “${s.keyword()} isn’t a side project anymore, it’s how we work.”`,
  (s) =>
    `Supporters call it a “quiet revolution” in ${s.theme()}, though sceptics say it’s mostly rebranding.`,
];

export const EURO_REMARKS: Template[] = [
  (s) => `Funding for ${s.keyword()} reached €${s.percent() / 10} billion last year.`,
  (s) => `A typical installation costs around €${s.percent() * 40}, roughly half the price of ${s.year()}.`,
];

export const PIPE_REMARKS: Template[] = [
  (s) => `Results are reported as cost \\| benefit per household for ${s.keyword()}.`,
  () => 'Operators track an input \\| output ratio rather than absolute volumes.',
];

export const SOURCES = [
  'company website',
  'press release',
  'trade journal',
  'conference talk',
  'project wiki',
];

// prettier-ignore
export const DOMAINS = [
  'dailyfutures.example', 'signalwatch.example', 'civic-review.example', 'greenledger.example',
  'techhorizon.example', 'urbanjournal.example', 'lab-notes.example', 'policywire.example',
];

const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'from',
  'is',
  'are',
]);

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function titleCase(text: string): string {
  return text
    .split(' ')
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : capitalize(word)))
    .join(' ');
}
