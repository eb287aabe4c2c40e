/**
 * Words that say nothing about a subject, in English and French (some real briefs are in French)
 * and the commonest German and Spanish ones,
 * plus the words every trend brief uses whatever its subject ("trend", "increase", "future"...).
 * Lowercase, as the tokenizer gives them.
 */
const ENGLISH = `a about above after again against all almost also although always am among an and another any
are aren around as at be became because become becomes been before being below between both but by can
cannot could couldn did didn do does doesn doing don done down during each either else enough etc even
ever every few for from further get gets getting given gives go going got had has hasn have having he her
here hers herself him himself his how however i if in into is isn it its itself just least less like
made make makes making many may me might more most much must my myself near need needs neither no nor
not now of off often on once one only or other others our ours ourselves out over own per perhaps rather
same several shall she should since so some such than that the their theirs them themselves then there
these they this those though through thus to too toward towards under until up upon us use used uses
using very via was wasn we well were weren what whatever when where whether which while who whom whose
why will with within without would yet you your yours yourself yourselves whose also s t d ll m re ve
eg ie vs`;

const FRENCH = `a afin ai aie aient ainsi alors au aucun aucune aujourd aupres auquel aura aurait aussi autre
autres aux auxquels avaient avais avait avant avec avoir ayant bien c ca car ce ceci cela celle celles
celui cependant ces cet cette ceux chacun chaque chez ci comme comment d dans de des deja depuis dont du
elle elles en encore entre est et etaient etait ete etre eu eux fait faire fois font hors il ils j je
jusqu l la le les leur leurs lors lorsque lui m ma mais me meme memes mes moi moins mon n ne ni nos notre
nous on ont ou par parce pas peu peut plus plutot pour pourquoi qu quand que quel quelle quelles quels
qui quoi sa sans se selon ses si sien soi soit son sont sous sur ta te tes toi ton tous tout toute
toutes tres tu un une unes uns vers via vos votre vous y à ça déjà été être même mêmes où plutôt très
après auprès celle-ci celui-ci dès là`;

/** The commonest German and Spanish words: a few briefs (and the generator) write in them. */
const OTHER_LANGUAGES = `der die das und ist nicht mit von den dem des ein eine einer eines zu im auf für sich auch
es als wie wird werden sind bei aus nach über el la los las y en del al por para con una uno es lo
como más pero sus su se que sin sobre entre`;

/** Said of every subject in these briefs: they would only blur the topics. */
const BRIEF_WORDS = `trend trends increase increasing increased growing growth rise rising new future potential
significant significantly impact impacts change changes changing shift shifts shifting emerging emergence
greater higher lower high low more key various important importance lead leads leading towards adoption
current currently may could would year years time times way ways people part become becoming due based
likely example include includes including such related area areas level levels number numbers
development developments need needs issue issues concern concerns behavior behaviors technology
technologies signal signals driving force forces relevancy description name 10 years horizon`;

export const STOP_WORDS: ReadonlySet<string> = new Set(
  `${ENGLISH} ${FRENCH} ${OTHER_LANGUAGES} ${BRIEF_WORDS}`.split(/\s+/).filter((word) => word !== ''),
);
