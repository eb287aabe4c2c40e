/**
 * The subjects the generator plants: every generated brief is about exactly one of them, and says so in
 * `GeneratedBrief.subject` (never in its text). A subject has its own themes and keywords, which the
 * brief mixes with the shared long tail of labels, so topic discovery can be scored against a known
 * answer. Sizes follow a skewed curve (`weight`); `trend` shapes when its briefs are dated.
 */
export type SubjectTrend =
  /** Most briefs in the last two years of the span. */
  | 'emerging'
  /** Most briefs in the first half of the span, few lately. */
  | 'fading'
  /** Dated like the corpus as a whole. */
  | 'steady';

export interface PlantedSubject {
  /** Stable id, e.g. 'ai-regulation'. */
  id: string;
  name: string;
  /** Relative share of the briefs. */
  weight: number;
  trend: SubjectTrend;
  /** Themes the subject's briefs draw one or two of (with the usual spelling variants). */
  themes: readonly string[];
  /** Keywords the subject's briefs draw from, and that their titles, summaries and rows are written around. */
  keywords: readonly string[];
}

interface SubjectSpec {
  name: string;
  trend: SubjectTrend;
  themes: string[];
  keywords: string[];
}

// prettier-ignore
const SPECS: SubjectSpec[] = [
  { name: 'AI regulation', trend: 'steady',
    themes: ['AI regulation', 'artificial intelligence', 'AI governance', 'algorithmic accountability', 'AI ethics', 'tech policy'],
    keywords: ['AI Act', 'foundation models', 'model audits', 'risk classification', 'AI liability', 'algorithmic transparency', 'AI safety institutes', 'compliance costs', 'frontier models', 'regulatory sandboxes'] },
  { name: 'Energy transition', trend: 'steady',
    themes: ['energy transition', 'renewable energy', 'decarbonization', 'electrification', 'energy storage', 'grid modernization'],
    keywords: ['offshore wind', 'heat pumps', 'grid batteries', 'solar panels', 'green hydrogen', 'power purchase agreements', 'interconnectors', 'curtailment', 'capacity markets', 'district heating'] },
  { name: 'Generative AI at work', trend: 'emerging',
    themes: ['generative AI', 'AI assistants', 'future of work', 'automation', 'knowledge work', 'productivity'],
    keywords: ['large language models', 'AI copilots', 'chatbots', 'prompt engineering', 'AI agents', 'code assistants', 'AI literacy', 'synthetic content', 'AI hallucinations', 'workflow automation'] },
  { name: 'Urban mobility', trend: 'steady',
    themes: ['urban mobility', 'public transport', 'micromobility', 'electric vehicles', 'smart cities', 'transport policy'],
    keywords: ['e-scooters', 'bike lanes', 'congestion charging', 'bus rapid transit', 'car-free zones', 'ride-hailing', 'EV charging', 'mobility as a service', 'low-emission zones', 'night trains'] },
  { name: 'Climate adaptation', trend: 'emerging',
    themes: ['climate adaptation', 'climate change', 'extreme weather', 'climate resilience', 'heatwaves', 'flood risk'],
    keywords: ['heat action plans', 'sea walls', 'sponge cities', 'wildfire smoke', 'cooling centres', 'insurance retreat', 'managed retreat', 'drought planning', 'early warning systems', 'urban trees'] },
  { name: 'Remote and hybrid work', trend: 'fading',
    themes: ['remote work', 'hybrid work', 'future of work', 'workplace culture', 'digital nomads', 'office real estate'],
    keywords: ['return to office', 'video calls', 'coworking spaces', 'four-day week', 'zoom fatigue', 'home offices', 'async communication', 'office vacancies', 'remote hiring', 'employee monitoring'] },
  { name: 'Food systems', trend: 'steady',
    themes: ['food systems', 'food security', 'sustainable agriculture', 'alternative proteins', 'nutrition', 'food waste'],
    keywords: ['vertical farms', 'cultivated meat', 'plant-based diets', 'precision fermentation', 'regenerative farming', 'food prices', 'school meals', 'fertiliser costs', 'crop insurance', 'food banks'] },
  { name: 'Digital health', trend: 'steady',
    themes: ['digital health', 'healthcare', 'telemedicine', 'health data', 'medical AI', 'wearables'],
    keywords: ['remote consultations', 'health apps', 'electronic health records', 'AI diagnostics', 'smartwatches', 'patient portals', 'clinical trials', 'continuous glucose monitors', 'virtual wards', 'health chatbots'] },
  { name: 'Cryptocurrency and web3', trend: 'fading',
    themes: ['cryptocurrency', 'blockchain', 'web3', 'decentralized finance', 'digital assets', 'fintech'],
    keywords: ['bitcoin', 'NFTs', 'stablecoins', 'crypto exchanges', 'DAOs', 'smart contracts', 'token sales', 'crypto winter', 'ethereum', 'metaverse land'] },
  { name: 'Housing affordability', trend: 'steady',
    themes: ['housing affordability', 'housing', 'urban planning', 'cost of living', 'real estate', 'homelessness'],
    keywords: ['rent control', 'social housing', 'zoning reform', 'short-term rentals', 'co-living', 'housing supply', 'mortgage rates', 'modular homes', 'empty homes', 'first-time buyers'] },
  { name: 'Misinformation', trend: 'steady',
    themes: ['misinformation', 'disinformation', 'social media', 'media literacy', 'platform governance', 'democracy'],
    keywords: ['deepfakes', 'fact-checking', 'content moderation', 'election integrity', 'recommendation algorithms', 'conspiracy theories', 'influencers', 'bot networks', 'community notes', 'news deserts'] },
  { name: 'Circular economy', trend: 'steady',
    themes: ['circular economy', 'sustainability', 'recycling', 'waste reduction', 'sustainable consumption', 'right to repair'],
    keywords: ['repair cafes', 'product passports', 'secondhand clothing', 'plastic packaging', 'deposit return schemes', 'refurbished phones', 'textile recycling', 'reuse systems', 'battery recycling', 'extended producer responsibility'] },
  { name: 'Space economy', trend: 'emerging',
    themes: ['space economy', 'space exploration', 'satellites', 'space industry', 'earth observation'],
    keywords: ['satellite constellations', 'reusable rockets', 'space debris', 'lunar missions', 'satellite internet', 'space tourism', 'launch costs', 'orbital data centres', 'space stations', 'asteroid mining'] },
  { name: 'Future of education', trend: 'steady',
    themes: ['education', 'future of learning', 'edtech', 'higher education', 'skills', 'lifelong learning'],
    keywords: ['online courses', 'AI tutors', 'microcredentials', 'student debt', 'homework apps', 'teacher shortages', 'school phones ban', 'apprenticeships', 'exam cheating', 'learning analytics'] },
  { name: 'Mental health and loneliness', trend: 'emerging',
    themes: ['mental health', 'loneliness', 'wellbeing', 'social connection', 'youth mental health'],
    keywords: ['therapy apps', 'social prescribing', 'screen time', 'burnout', 'anxiety', 'companion robots', 'third places', 'mindfulness', 'AI companions', 'support groups'] },
  { name: 'Biodiversity', trend: 'steady',
    themes: ['biodiversity', 'conservation', 'nature restoration', 'ecosystems', 'rewilding'],
    keywords: ['pollinators', 'wetlands', 'biodiversity credits', 'invasive species', 'coral reefs', 'wildlife corridors', 'beavers', 'urban wildlife', 'seed banks', 'deforestation'] },
  { name: 'Quantum computing', trend: 'emerging',
    themes: ['quantum computing', 'quantum technology', 'computing', 'cryptography', 'deep tech'],
    keywords: ['qubits', 'quantum advantage', 'post-quantum cryptography', 'quantum sensors', 'error correction', 'quantum networks', 'superconducting chips', 'quantum startups'] },
  { name: 'Supply chain resilience', trend: 'fading',
    themes: ['supply chains', 'globalization', 'logistics', 'trade', 'manufacturing', 'reshoring'],
    keywords: ['chip shortage', 'container shipping', 'nearshoring', 'port congestion', 'inventory buffers', 'critical minerals', 'semiconductors', 'freight rates', 'export controls', 'just-in-time'] },
  { name: 'Ageing societies', trend: 'steady',
    themes: ['ageing population', 'demographics', 'elder care', 'longevity', 'pensions'],
    keywords: ['care homes', 'retirement age', 'dementia care', 'care robots', 'silver economy', 'carers', 'fertility rates', 'age-friendly cities', 'assisted living', 'longevity research'] },
  { name: 'Cybersecurity', trend: 'steady',
    themes: ['cybersecurity', 'data privacy', 'cyber attacks', 'digital security', 'surveillance'],
    keywords: ['ransomware', 'data breaches', 'phishing', 'zero trust', 'password managers', 'critical infrastructure', 'spyware', 'bug bounties', 'encryption', 'identity theft'] },
];

/** Subject sizes fall off as 1 / rank^SIZE_EXPONENT: the first is about six times the last. */
const SIZE_EXPONENT = 0.6;

export const PLANTED_SUBJECTS: readonly PlantedSubject[] = SPECS.map((spec, rank) => ({
  id: spec.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, ''),
  name: spec.name,
  weight: 1 / (rank + 1) ** SIZE_EXPONENT,
  trend: spec.trend,
  themes: spec.themes,
  keywords: spec.keywords,
}));
