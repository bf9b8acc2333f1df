/**
 * The words that decide an article's topic (topic.ts): deaths that need no attacker, disasters
 * and accidents, the words of a military operation.
 */

/** Death and capture words that need no attacker: "died", "morts", "victims", "buried". */
export const NO_ATTACKER = new Set([
  'dead',
  'died',
  'deaths',
  'death',
  'buried',
  'fatalities',
  'bodies',
  'lost',
  'perished',
  'succumbed',
  'victims',
  'casualties',
  'morts',
  'mort',
  'mortes',
  'decedes',
  'decedees',
  'tombes',
  'peri',
  'enterre',
  'enterres',
  'inhume',
  'inhumes',
  'deces',
  'succombe',
  'perissent',
  'victimes',
  'carbonises',
  // "people's lives", "des vies": lives are counted in a toll, but name no attack.
  'lives',
  'vies',
]);

/** A sentence with these is about a disaster or an accident: its deaths are no attack's. */
export const NOT_ATTACK = new Set([
  'earthquake',
  'seisme',
  'flood',
  'floods',
  'flooding',
  'inondation',
  'inondations',
  'accident',
  'crash',
  'collision',
  'storm',
  'cyclone',
  'avalanche',
  'stranded',
  'stranding',
  'echoues',
  'epidemie',
  'epidemic',
  'naufrage',
  'shipwreck',
  // A gold mine that caves in, a boat that capsizes.
  ...['collapse', 'collapsed', 'effondrement', 'eboulement', 'eboulements', 'landslide'],
  ...['capsized', 'chavire'],
]);

/** Words of a military operation: "le ratissage a permis de récupérer 12 motos". */
export const MILITARY_WORDS = new Set([
  ...['operation', 'operations', 'ratissage', 'ratissages', 'patrouille', 'patrouilles', 'offensive'],
  ...['sweep', 'patrol', 'patrols', 'raid', 'raids'],
]);
