import { Random } from '../../../src/core/generate/random';
import { emptyBrief } from '../../../src/core/model/emptyBrief';
import type { Brief } from '../../../src/core/model/types';

/**
 * Briefs written about known subjects: each subject has its own words, every brief also draws
 * from words shared by all (the noise a real brief carries). The model should find the subjects.
 */
const SUBJECTS: Record<string, string> = {
  energy: 'solar battery grid turbine hydrogen photovoltaic storage megawatt utility substation',
  health: 'patient clinic vaccine diagnosis hospital therapy nurse surgery pharmacy genome',
  transport: 'railway cargo bicycle tram logistics freight scooter motorway commuter depot',
  food: 'farmer crop harvest fertilizer grain orchard livestock dairy vineyard irrigation',
  finance: 'bank loan mortgage currency stablecoin ledger lender deposit bond brokerage',
  housing: 'tenant landlord apartment rent zoning mortgage-free cooperative dwelling renovation insulation',
};
const SHARED =
  'market people growth policy global city local company service product customer public data system network';

export interface PlantedCorpus {
  briefs: Brief[];
  /** The subject each brief was written about, in the order of `briefs`. */
  subjects: string[];
}

export function plantedBriefs(perSubject: number, seed: number, offset = 0): PlantedCorpus {
  const random = new Random(seed);
  const shared = SHARED.split(' ');
  const briefs: Brief[] = [];
  const subjects: string[] = [];
  for (const [subject, words] of Object.entries(SUBJECTS)) {
    const own = words.split(' ');
    for (let i = 0; i < perSubject; i++) {
      const id = `${subject}-${offset + i}`;
      const sentence = (length: number) =>
        Array.from({ length }, () => (random.chance(0.55) ? random.pick(own) : random.pick(shared))).join(
          ' ',
        );
      const brief = emptyBrief(id, `${id}.md`);
      brief.title = sentence(6);
      brief.summary = `${sentence(12)}. ${sentence(12)}.`;
      brief.keywords = [random.pick(own), random.pick(shared)];
      brief.themes = [random.pick(own)];
      brief.signals = Array.from({ length: 3 }, () => ({
        name: sentence(4),
        description: sentence(10),
        relevancy: 3,
        change: sentence(3),
        tenYear: sentence(3),
        drivingForce: sentence(2),
      }));
      briefs.push(brief);
      subjects.push(subject);
    }
  }
  return { briefs, subjects };
}

export const PLANTED_SUBJECT_COUNT = Object.keys(SUBJECTS).length;
