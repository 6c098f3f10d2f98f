/**
 * Synthetic news articles for tests and benchmarks: a deterministic corpus that
 * looks like what editors write and passes the frontmatter schema.
 *
 * `generateArticles({ count, seed })` returns `{ path, text }` pairs, `path`
 * relative to `content/articles/` (`2019/04/demining-teams-clear-farmland-near-kharkiv-1234.md`).
 * The same count and seed always give the same files: randomness comes only from a
 * seeded mulberry32 generator, never from the clock or `Math.random`.
 *
 * What the corpus exercises:
 * - 200–1,500 words per article (counted as the site counts them, `countWords`);
 * - publication dates from 2016 to 2025 in over forty IANA zones on every continent and in
 *   fixed offsets (`+05:30`); dates with the zone's real offset, and dates without one
 *   (wall-clock time in the zone), never inside a daylight-saving gap or overlap; some
 *   articles dated on the very day the clocks change;
 * - 50 authors (some articles with two), 200 tags: a corpus of 200 articles or more uses
 *   every author and every tag (they are handed out in rotation);
 * - about 10% of articles with the author's own `##` headings, some `updated`, `description`,
 *   `slug`, `aliases` and `sections: false`;
 * - prose from templates about demining, courts, city councils, elections, floods, sport,
 *   markets and health, with quotations, figures, place names and dates in the text
 *   ("on June 12", "last Wednesday"), so derived sections and reader aids have work to do;
 * - unique permalinks: every slug ends with the article's number.
 *
 * Plain TypeScript (erasable syntax only): CLI scripts import it under Node's type stripping.
 */
import { ArticleDateError, resolveArticleDate, zoneOffsetMinutes } from '../../src/lib/dates.ts';
import { slugify } from '../../src/lib/slugs.ts';
import { countWords } from '../../src/lib/text.ts';

export interface GeneratedArticle {
  /** Path below `content/articles/`, `/`-separated. */
  path: string;
  /** The whole Markdown file, frontmatter included. */
  text: string;
}

interface GenerateArticlesOptions {
  count: number;
  /** Any integer; the same seed gives the same corpus. Default 1. */
  seed?: number;
}

export const MIN_WORDS = 200;
export const MAX_WORDS = 1500;
const FIRST_YEAR = 2016;
const LAST_YEAR = 2025;

// ---------------------------------------------------------------------------
// Randomness

/** A mulberry32 generator: uniform numbers in [0, 1), reproducible from a 32-bit seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** `n` different items, in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    return this.shuffle(items).slice(0, n);
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}

// ---------------------------------------------------------------------------
// People, places and topics

/** The 50 bylines. */
export const AUTHORS: readonly string[] = [
  'Sabina Mammadli',
  'Jonas Weber',
  'Mia Schneider',
  'Olena Kovalenko',
  'Dmytro Shevchuk',
  'Amina Yusuf',
  'Chinedu Okafor',
  'Wanjiru Kamau',
  'Thabo Nkosi',
  'Priya Raghavan',
  'Arjun Mehta',
  'Farhana Akter',
  'Nguyễn Thị Lan',
  'Hiroshi Tanaka',
  'Yuki Sato',
  'Ji-woo Park',
  'Siti Rahmawati',
  'Maria Clara Santos',
  'Lucía Fernández',
  'Mateo Rojas',
  'Camila Oliveira',
  'João Pereira',
  'Valentina Gómez',
  'Diego Castillo',
  'Emily Carter',
  "James O'Brien",
  'Siobhán Murphy',
  'Aisha Rahman',
  'Omar Haddad',
  'Leila Karimi',
  'Tomasz Nowak',
  'Agnieszka Wiśniewska',
  'Lars Eriksen',
  'Ingrid Johansson',
  'Søren Østergaard',
  'Élodie Martin',
  'Luca Bianchi',
  'Giulia Romano',
  'Nikos Papadopoulos',
  'Elif Yılmaz',
  'Emir Hodžić',
  'Ana Kovačević',
  'Sokha Chan',
  'Noah Williams',
  'Charlotte Nguyen',
  'Aroha Ngata',
  'Kwame Mensah',
  'Fatima Zahra Benali',
  'Rustam Aliyev',
  'Grace Achieng',
];

type Topic = 'demining' | 'courts' | 'council' | 'elections' | 'floods' | 'sport' | 'markets' | 'health';
const TOPICS: readonly Topic[] = ['demining', 'courts', 'council', 'elections', 'floods', 'sport', 'markets', 'health'];

const TOPIC_TAGS: Record<Topic, readonly string[]> = {
  demining: [
    'landmines',
    'mine action',
    'unexploded ordnance',
    'cluster munitions',
    'demining',
    'explosive remnants of war',
    'humanitarian demining',
    'mine risk education',
    'Ottawa Treaty',
    'mine victims',
    'land release',
    'bomb disposal',
  ],
  courts: [
    'courts',
    'trials',
    'sentencing',
    'appeals',
    'supreme court',
    'criminal justice',
    'corruption',
    'human rights',
    'prosecutors',
    'jury trials',
    'civil lawsuits',
    'judicial reform',
  ],
  council: [
    'city council',
    'municipal budget',
    'public transport',
    'housing',
    'zoning',
    'cycling',
    'water supply',
    'waste collection',
    'local government',
    'parking',
    'libraries',
    'urban planning',
  ],
  elections: [
    'elections',
    'voter turnout',
    'electoral commission',
    'local elections',
    'presidential election',
    'parliamentary election',
    'referendums',
    'recounts',
    'campaign finance',
    'opinion polls',
    'coalition talks',
    'electoral reform',
  ],
  floods: [
    'floods',
    'heavy rain',
    'evacuations',
    'river levels',
    'flood defences',
    'emergency services',
    'climate',
    'storms',
    'landslides',
    'disaster relief',
    'insurance claims',
    'weather warnings',
  ],
  sport: [
    'football',
    'athletics',
    'marathons',
    'cricket',
    'rugby',
    'basketball',
    'cycling races',
    'tennis',
    'transfers',
    'stadiums',
    "women's sport",
    'youth sport',
  ],
  markets: [
    'stock markets',
    'currencies',
    'interest rates',
    'central banks',
    'inflation',
    'oil prices',
    'bonds',
    'company earnings',
    'exports',
    'food prices',
    'shipping',
    'housing market',
  ],
  health: [
    'public health',
    'hospitals',
    'vaccination',
    'outbreaks',
    'mental health',
    'waiting times',
    'nurses',
    'medicines',
    'dengue',
    'measles',
    'health budgets',
    'maternal health',
  ],
};

/** Tags not tied to a topic or a place; as many as make the tag list 200 long. */
const GENERAL_TAGS: readonly string[] = [
  'analysis',
  'explainer',
  'investigation',
  'interview',
  'data',
  'photos',
  'breaking news',
  'follow-up',
  'regional news',
  'politics',
  'economy',
  'society',
  'environment',
  'infrastructure',
  'education',
  'agriculture',
  'migration',
  'technology',
  'energy',
  'transport',
  'science',
  'culture',
  'security',
  'diplomacy',
];

type NameRegion =
  | 'eastEurope'
  | 'westEurope'
  | 'nordic'
  | 'southEurope'
  | 'caucasus'
  | 'southAsia'
  | 'eastAsia'
  | 'southeastAsia'
  | 'middleEast'
  | 'africa'
  | 'latam'
  | 'anglo'
  | 'pacific';

const FIRST_NAMES: Record<NameRegion, readonly string[]> = {
  eastEurope: [
    'Oleksandr',
    'Iryna',
    'Serhiy',
    'Natalia',
    'Andriy',
    'Halyna',
    'Piotr',
    'Katarzyna',
    'Mykola',
    'Svitlana',
  ],
  westEurope: ['Thomas', 'Claire', 'Stefan', 'Anna', 'Pierre', 'Sophie', 'Markus', 'Hannah', 'Julien', 'Laura'],
  nordic: ['Erik', 'Kari', 'Magnus', 'Sigrid', 'Henrik', 'Astrid', 'Ole', 'Linnea'],
  southEurope: [
    'Marco',
    'Elena',
    'Javier',
    'Carmen',
    'Dimitris',
    'Sofia',
    'Miguel',
    'Inês',
    'Amar',
    'Selma',
    'Ivana',
    'Goran',
  ],
  caucasus: ['Elchin', 'Leyla', 'Farid', 'Gunel', 'Rashad', 'Nigar', 'Vugar', 'Aysel'],
  southAsia: [
    'Rahul',
    'Ananya',
    'Vikram',
    'Deepa',
    'Sanjay',
    'Kavita',
    'Rezaul',
    'Nasrin',
    'Bishnu',
    'Sita',
    'Ahmad',
    'Zarghona',
  ],
  eastAsia: ['Kenji', 'Aiko', 'Takeshi', 'Naoko', 'Min-jun', 'Seo-yeon', 'Daisuke', 'Haruka'],
  southeastAsia: ['Dara', 'Sreymom', 'Bounmy', 'Khamla', 'Budi', 'Dewi', 'Jose', 'Maricel', 'Vanna', 'Agus'],
  middleEast: ['Ali', 'Zainab', 'Hassan', 'Maryam', 'Karim', 'Nour', 'Reza', 'Sara', 'Youssef', 'Rania'],
  africa: [
    'Ngozi',
    'Emeka',
    'Achieng',
    'Otieno',
    'Sipho',
    'Lerato',
    'Kofi',
    'Ama',
    'Manuel',
    'Esperança',
    'Ahmed',
    'Salma',
  ],
  latam: ['Carlos', 'Ana María', 'Andrés', 'Paula', 'Luis', 'Gabriela', 'Rafael', 'Beatriz', 'Jorge', 'Daniela'],
  anglo: ['Michael', 'Sarah', 'David', 'Jennifer', 'Robert', 'Megan', 'Daniel', 'Rachel', 'Kevin', 'Laura'],
  pacific: ['Liam', 'Olivia', 'Tama', 'Mere', 'Jack', 'Chloe', 'Sione', 'Ruby'],
};

const LAST_NAMES: Record<NameRegion, readonly string[]> = {
  eastEurope: [
    'Bondarenko',
    'Tkachenko',
    'Melnyk',
    'Kravchenko',
    'Lysenko',
    'Kowalski',
    'Zielińska',
    'Hnatyuk',
    'Moroz',
    'Savchenko',
  ],
  westEurope: ['Müller', 'Fischer', 'Dubois', 'Lefèvre', 'Becker', 'Wagner', 'Moreau', 'Hoffmann', 'Laurent', 'Smith'],
  nordic: ['Hansen', 'Larsen', 'Nilsen', 'Berg', 'Lindqvist', 'Dahl', 'Solberg', 'Andersson'],
  southEurope: [
    'Rossi',
    'García',
    'Martínez',
    'Georgiou',
    'Silva',
    'Costa',
    'Begić',
    'Delić',
    'Horvat',
    'Marković',
    'Ferreira',
    'López',
  ],
  caucasus: ['Hasanov', 'Guliyeva', 'Huseynov', 'Mammadova', 'Abbasov', 'Ismayilova', 'Rzayev', 'Aliyeva'],
  southAsia: [
    'Sharma',
    'Iyer',
    'Patel',
    'Nair',
    'Chowdhury',
    'Hossain',
    'Begum',
    'Shrestha',
    'Karki',
    'Ahmadzai',
    'Rahimi',
    'Reddy',
  ],
  eastAsia: ['Suzuki', 'Takahashi', 'Watanabe', 'Kim', 'Lee', 'Choi', 'Yamamoto', 'Nakamura'],
  southeastAsia: ['Sok', 'Chea', 'Phommavong', 'Keomany', 'Santoso', 'Wijaya', 'Reyes', 'Dela Cruz', 'Lim', 'Hartono'],
  middleEast: [
    'Al-Jubouri',
    'Hussein',
    'Khalil',
    'Mansour',
    'Ahmadi',
    'Hosseini',
    'Nasser',
    'Haddad',
    'Saleh',
    'Farouk',
  ],
  africa: [
    'Adeyemi',
    'Eze',
    'Odhiambo',
    'Mutua',
    'Dlamini',
    'Mokoena',
    'Asante',
    'Boateng',
    'dos Santos',
    'Chipenda',
    'El Amrani',
    'Mostafa',
  ],
  latam: ['Restrepo', 'Hernández', 'Silva', 'Souza', 'Muñoz', 'Vargas', 'Rodríguez', 'Almeida', 'Torres', 'Quispe'],
  anglo: ['Johnson', 'Brown', 'Miller', 'Davis', 'Thompson', 'Walker', 'MacDonald', 'Clarke', 'Robinson', 'Bennett'],
  pacific: ['Taylor', 'Wilson', 'Parata', 'Tūhoe', 'Anderson', 'Harris', 'Fifita', 'Kaufana'],
};

interface Currency {
  /** `$` written before the number, or a word written after it. */
  sign?: string;
  word: string;
}

interface Location {
  city: string;
  country: string;
  /** IANA zone or fixed offset written in `timezone:`. */
  zone: string;
  region: NameRegion;
  /** Districts, provinces, neighbourhoods: used in locative phrases. */
  areas: readonly string[];
  villages: readonly string[];
  river: string;
  currency: Currency;
  /** Demining stories are set here too. */
  demining?: boolean;
  /** The only story kinds set here (default: every kind but demining, plus demining if `demining`). */
  only?: readonly Topic[];
}

const EURO: Currency = { sign: '€', word: 'euros' };
const DOLLAR: Currency = { sign: '$', word: 'dollars' };

const LOCATIONS: readonly Location[] = [
  // Europe
  {
    city: 'Kharkiv',
    country: 'Ukraine',
    zone: 'Europe/Kyiv',
    region: 'eastEurope',
    areas: ['Kharkiv Oblast', 'Izium District', 'Chuhuiv District'],
    villages: ['Kamianka', 'Dovhenke', 'Husarivka'],
    river: 'Siverskyi Donets',
    currency: { word: 'hryvnias' },
    demining: true,
  },
  {
    city: 'Mykolaiv',
    country: 'Ukraine',
    zone: 'Europe/Kyiv',
    region: 'eastEurope',
    areas: ['Mykolaiv Oblast', 'Bashtanka District', 'Snihurivka District'],
    villages: ['Posad-Pokrovske', 'Shevchenkove', 'Kalynivka'],
    river: 'Southern Bug',
    currency: { word: 'hryvnias' },
    demining: true,
  },
  {
    city: 'Tuzla',
    country: 'Bosnia and Herzegovina',
    zone: 'Europe/Sarajevo',
    region: 'southEurope',
    areas: ['Tuzla Canton', 'Doboj region', 'Brčko District'],
    villages: ['Kalesija', 'Lukavac', 'Gračanica'],
    river: 'Spreča',
    currency: { word: 'marks' },
    demining: true,
  },
  {
    city: 'Vukovar',
    country: 'Croatia',
    zone: 'Europe/Zagreb',
    region: 'southEurope',
    areas: ['Vukovar-Srijem County', 'Slavonia region'],
    villages: ['Bogdanovci', 'Tovarnik', 'Ilok'],
    river: 'Danube',
    currency: EURO,
    demining: true,
  },
  {
    city: 'Berlin',
    country: 'Germany',
    zone: 'Europe/Berlin',
    region: 'westEurope',
    areas: ['Kreuzberg', 'Spandau', 'Marzahn'],
    villages: ['Gatow', 'Kladow'],
    river: 'Spree',
    currency: EURO,
  },
  {
    city: 'Hamburg',
    country: 'Germany',
    zone: 'Europe/Berlin',
    region: 'westEurope',
    areas: ['Altona', 'Wilhelmsburg', 'Harburg'],
    villages: ['Neuenfelde', 'Finkenwerder'],
    river: 'Elbe',
    currency: EURO,
  },
  {
    city: 'Lyon',
    country: 'France',
    zone: 'Europe/Paris',
    region: 'westEurope',
    areas: ['Villeurbanne', 'Vaulx-en-Velin', 'the Rhône department'],
    villages: ['Givors', 'Neuville-sur-Saône'],
    river: 'Rhône',
    currency: EURO,
  },
  {
    city: 'Valencia',
    country: 'Spain',
    zone: 'Europe/Madrid',
    region: 'southEurope',
    areas: ['Paiporta', 'Algemesí', 'the Horta Sud district'],
    villages: ['Chiva', 'Utiel'],
    river: 'Turia',
    currency: EURO,
  },
  {
    city: 'Porto',
    country: 'Portugal',
    zone: 'Europe/Lisbon',
    region: 'southEurope',
    areas: ['Vila Nova de Gaia', 'Matosinhos', 'Gondomar'],
    villages: ['Valongo', 'Maia'],
    river: 'Douro',
    currency: EURO,
  },
  {
    city: 'Manchester',
    country: 'United Kingdom',
    zone: 'Europe/London',
    region: 'anglo',
    areas: ['Salford', 'Stockport', 'Greater Manchester'],
    villages: ['Didsbury', 'Chorlton'],
    river: 'Irwell',
    currency: { sign: '£', word: 'pounds' },
  },
  {
    city: 'Gdańsk',
    country: 'Poland',
    zone: 'Europe/Warsaw',
    region: 'eastEurope',
    areas: ['Pomerania province', 'Sopot', 'Gdynia'],
    villages: ['Pruszcz Gdański', 'Kartuzy'],
    river: 'Vistula',
    currency: { word: 'zlotys' },
  },
  {
    city: 'Bergen',
    country: 'Norway',
    zone: 'Europe/Oslo',
    region: 'nordic',
    areas: ['Vestland county', 'Åsane', 'Fana'],
    villages: ['Voss', 'Osterøy'],
    river: 'Vosso',
    currency: { word: 'kroner' },
  },
  {
    city: 'Thessaloniki',
    country: 'Greece',
    zone: 'Europe/Athens',
    region: 'southEurope',
    areas: ['Central Macedonia', 'Kalamaria', 'Evosmos'],
    villages: ['Chalastra', 'Langadas'],
    river: 'Axios',
    currency: EURO,
  },
  // Asia
  {
    city: 'Aghdam',
    country: 'Azerbaijan',
    zone: 'Asia/Baku',
    region: 'caucasus',
    areas: ['Aghdam District', 'Fuzuli District', 'Kalbajar District'],
    villages: ['Jamilli', 'Khidirli', 'Shahbulag'],
    river: 'Kura',
    currency: { word: 'manats' },
    demining: true,
  },
  {
    city: 'Battambang',
    country: 'Cambodia',
    zone: 'Asia/Phnom_Penh',
    region: 'southeastAsia',
    areas: ['Battambang province', 'Banteay Meanchey province', 'Pailin province'],
    villages: ['Kamrieng', 'Samlout', 'Rattanak Mondul'],
    river: 'Sangkae',
    currency: DOLLAR,
    demining: true,
  },
  {
    city: 'Phonsavan',
    country: 'Laos',
    zone: 'Asia/Vientiane',
    region: 'southeastAsia',
    areas: ['Xieng Khouang province', 'Houaphanh province'],
    villages: ['Ban Napia', 'Muang Khoun', 'Ban Tha Jok'],
    river: 'Nam Ngum',
    currency: { word: 'kip' },
    demining: true,
  },
  {
    city: 'Mosul',
    country: 'Iraq',
    zone: 'Asia/Baghdad',
    region: 'middleEast',
    areas: ['Nineveh province', 'Sinjar District', 'the old city'],
    villages: ['Bashiqa', 'Hamdaniya', 'Tel Keppe'],
    river: 'Tigris',
    currency: { word: 'dinars' },
    demining: true,
  },
  {
    city: 'Kabul',
    country: 'Afghanistan',
    zone: 'Asia/Kabul',
    region: 'southAsia',
    areas: ['Kabul province', 'Paghman District', 'Logar province'],
    villages: ['Qarabagh', 'Deh Sabz', 'Chahar Asiab'],
    river: 'Kabul',
    currency: { word: 'afghanis' },
    demining: true,
  },
  {
    city: 'Pune',
    country: 'India',
    zone: 'Asia/Kolkata',
    region: 'southAsia',
    areas: ['Pimpri-Chinchwad', 'Hadapsar', 'Kothrud'],
    villages: ['Khed', 'Mulshi'],
    river: 'Mula-Mutha',
    currency: { sign: '₹', word: 'rupees' },
  },
  {
    city: 'Chennai',
    country: 'India',
    zone: '+05:30',
    region: 'southAsia',
    areas: ['Tambaram', 'Velachery', 'Chengalpattu district'],
    villages: ['Mudichur', 'Pallikaranai'],
    river: 'Adyar',
    currency: { sign: '₹', word: 'rupees' },
  },
  {
    city: 'Kathmandu',
    country: 'Nepal',
    zone: 'Asia/Kathmandu',
    region: 'southAsia',
    areas: ['Lalitpur', 'Bhaktapur', 'the Kathmandu Valley'],
    villages: ['Sankhu', 'Pharping'],
    river: 'Bagmati',
    currency: { word: 'rupees' },
  },
  {
    city: 'Sylhet',
    country: 'Bangladesh',
    zone: 'Asia/Dhaka',
    region: 'southAsia',
    areas: ['Sunamganj district', 'Sylhet division', 'Companiganj'],
    villages: ['Gowainghat', 'Kanaighat'],
    river: 'Surma',
    currency: { word: 'taka' },
  },
  {
    city: 'Osaka',
    country: 'Japan',
    zone: 'Asia/Tokyo',
    region: 'eastAsia',
    areas: ['Osaka Prefecture', 'Sakai', 'Higashiosaka'],
    villages: ['Nose', 'Chihayaakasaka'],
    river: 'Yodo',
    currency: { sign: '¥', word: 'yen' },
  },
  {
    city: 'Sapporo',
    country: 'Japan',
    zone: '+09:00',
    region: 'eastAsia',
    areas: ['Hokkaido Prefecture', 'Ebetsu', 'Otaru'],
    villages: ['Niki', 'Yoichi'],
    river: 'Ishikari',
    currency: { sign: '¥', word: 'yen' },
  },
  {
    city: 'Busan',
    country: 'South Korea',
    zone: 'Asia/Seoul',
    region: 'eastAsia',
    areas: ['South Gyeongsang province', 'Haeundae', 'Gimhae'],
    villages: ['Gijang', 'Miryang'],
    river: 'Nakdong',
    currency: { word: 'won' },
  },
  {
    city: 'Surabaya',
    country: 'Indonesia',
    zone: 'Asia/Jakarta',
    region: 'southeastAsia',
    areas: ['East Java province', 'Sidoarjo', 'Gresik'],
    villages: ['Porong', 'Tanggulangin'],
    river: 'Brantas',
    currency: { word: 'rupiah' },
  },
  {
    city: 'Cebu City',
    country: 'Philippines',
    zone: 'Asia/Manila',
    region: 'southeastAsia',
    areas: ['Cebu province', 'Mandaue', 'Lapu-Lapu'],
    villages: ['Talisay', 'Consolacion'],
    river: 'Mananga',
    currency: { word: 'pesos' },
  },
  {
    city: 'Isfahan',
    country: 'Iran',
    zone: 'Asia/Tehran',
    region: 'middleEast',
    areas: ['Isfahan province', 'Kashan', 'Najafabad'],
    villages: ['Varzaneh', 'Abyaneh'],
    river: 'Zayanderud',
    currency: { word: 'rials' },
  },
  {
    city: 'Tripoli',
    country: 'Lebanon',
    zone: 'Asia/Beirut',
    region: 'middleEast',
    areas: ['North Governorate', 'Akkar', 'Zgharta'],
    villages: ['Minyeh', 'Bebnine'],
    river: 'Abu Ali',
    currency: { word: 'pounds' },
  },
  {
    city: 'Dubai',
    country: 'United Arab Emirates',
    zone: '+04:00',
    region: 'middleEast',
    areas: ['Deira', 'Jebel Ali', 'Al Quoz'],
    villages: ['Hatta', 'Al Lisaili'],
    river: 'Dubai Creek',
    currency: { word: 'dirhams' },
  },
  // Africa
  {
    city: 'Lagos',
    country: 'Nigeria',
    zone: 'Africa/Lagos',
    region: 'africa',
    areas: ['Lagos State', 'Ikorodu', 'Lekki'],
    villages: ['Epe', 'Badagry'],
    river: 'Ogun',
    currency: { word: 'naira' },
  },
  {
    city: 'Nairobi',
    country: 'Kenya',
    zone: 'Africa/Nairobi',
    region: 'africa',
    areas: ['Kibera', 'Mathare', 'Kiambu County'],
    villages: ['Ruiru', 'Limuru'],
    river: 'Nairobi',
    currency: { word: 'shillings' },
  },
  {
    city: 'Durban',
    country: 'South Africa',
    zone: 'Africa/Johannesburg',
    region: 'africa',
    areas: ['KwaZulu-Natal province', 'Pinetown', 'Umlazi'],
    villages: ['Verulam', 'Inanda'],
    river: 'Umgeni',
    currency: { word: 'rand' },
  },
  {
    city: 'Huambo',
    country: 'Angola',
    zone: 'Africa/Luanda',
    region: 'africa',
    areas: ['Huambo province', 'Bié province', 'Cuando Cubango province'],
    villages: ['Caála', 'Bailundo', 'Cuito Cuanavale'],
    river: 'Cunene',
    currency: { word: 'kwanzas' },
    demining: true,
  },
  {
    city: 'Alexandria',
    country: 'Egypt',
    zone: 'Africa/Cairo',
    region: 'africa',
    areas: ['Alexandria Governorate', 'Borg El Arab', 'Montaza'],
    villages: ['Abu Qir', 'Amreya'],
    river: 'Nile',
    currency: { word: 'pounds' },
  },
  {
    city: 'Casablanca',
    country: 'Morocco',
    zone: 'Africa/Casablanca',
    region: 'africa',
    areas: ['Casablanca-Settat region', 'Mohammedia', 'Ain Sebaa'],
    villages: ['Bouskoura', 'Mediouna'],
    river: 'Bouregreg',
    currency: { word: 'dirhams' },
  },
  {
    city: 'Kumasi',
    country: 'Ghana',
    zone: 'Africa/Accra',
    region: 'africa',
    areas: ['Ashanti Region', 'Ejisu', 'Obuasi'],
    villages: ['Kuntanase', 'Bekwai'],
    river: 'Offin',
    currency: { word: 'cedis' },
  },
  // Americas
  {
    city: 'Brooklyn',
    country: 'United States',
    zone: 'America/New_York',
    region: 'anglo',
    areas: ['Red Hook', 'Flatbush', 'Bushwick'],
    villages: ['Gowanus', 'Sunset Park'],
    river: 'East River',
    currency: DOLLAR,
  },
  {
    city: 'Chicago',
    country: 'United States',
    zone: 'America/Chicago',
    region: 'anglo',
    areas: ['Cook County', 'Pilsen', 'Englewood'],
    villages: ['Evanston', 'Oak Park'],
    river: 'Chicago',
    currency: DOLLAR,
  },
  {
    city: 'Denver',
    country: 'United States',
    zone: 'America/Denver',
    region: 'anglo',
    areas: ['Aurora', 'Lakewood', 'Adams County'],
    villages: ['Golden', 'Brighton'],
    river: 'South Platte',
    currency: DOLLAR,
  },
  {
    city: 'Phoenix',
    country: 'United States',
    zone: 'America/Phoenix',
    region: 'anglo',
    areas: ['Maricopa County', 'Mesa', 'Tempe'],
    villages: ['Guadalupe', 'Cave Creek'],
    river: 'Salt',
    currency: DOLLAR,
  },
  {
    city: 'Sacramento',
    country: 'United States',
    zone: 'America/Los_Angeles',
    region: 'anglo',
    areas: ['Sacramento County', 'Yolo County', 'Elk Grove'],
    villages: ['Isleton', 'Walnut Grove'],
    river: 'American',
    currency: DOLLAR,
  },
  {
    city: 'Halifax',
    country: 'Canada',
    zone: 'America/Halifax',
    region: 'anglo',
    areas: ['Dartmouth', 'Bedford', 'Hants County'],
    villages: ['Windsor', 'Lunenburg'],
    river: 'Sackville',
    currency: DOLLAR,
  },
  {
    city: "St. John's",
    country: 'Canada',
    zone: 'America/St_Johns',
    region: 'anglo',
    areas: ['the Avalon Peninsula', 'Mount Pearl', 'Conception Bay South'],
    villages: ['Petty Harbour', 'Torbay'],
    river: 'Waterford',
    currency: DOLLAR,
  },
  {
    city: 'Puebla',
    country: 'Mexico',
    zone: 'America/Mexico_City',
    region: 'latam',
    areas: ['Puebla state', 'Cholula', 'Atlixco'],
    villages: ['Tlatlauquitepec', 'Zacatlán'],
    river: 'Atoyac',
    currency: { word: 'pesos' },
  },
  {
    city: 'Medellín',
    country: 'Colombia',
    zone: 'America/Bogota',
    region: 'latam',
    areas: ['Antioquia department', 'Ituango', 'the Aburrá Valley'],
    villages: ['Briceño', 'San Carlos', 'Anorí'],
    river: 'Cauca',
    currency: { word: 'pesos' },
    demining: true,
  },
  {
    city: 'Porto Alegre',
    country: 'Brazil',
    zone: 'America/Sao_Paulo',
    region: 'latam',
    areas: ['Rio Grande do Sul state', 'Canoas', 'Eldorado do Sul'],
    villages: ['Muçum', 'Roca Sales'],
    river: 'Guaíba',
    currency: { word: 'reais' },
  },
  {
    city: 'Valparaíso',
    country: 'Chile',
    zone: 'America/Santiago',
    region: 'latam',
    areas: ['Viña del Mar', 'Quilpué', 'the Valparaíso region'],
    villages: ['Casablanca', 'Quintero'],
    river: 'Aconcagua',
    currency: { word: 'pesos' },
  },
  {
    city: 'Rosario',
    country: 'Argentina',
    zone: 'America/Argentina/Buenos_Aires',
    region: 'latam',
    areas: ['Santa Fe province', 'Villa Gobernador Gálvez', 'Funes'],
    villages: ['Arroyo Seco', 'Pérez'],
    river: 'Paraná',
    currency: { word: 'pesos' },
  },
  {
    city: 'Arequipa',
    country: 'Peru',
    zone: 'America/Lima',
    region: 'latam',
    areas: ['the Arequipa region', 'Cayma', 'Yanahuara'],
    villages: ['Chivay', 'Yura'],
    river: 'Chili',
    currency: { word: 'soles' },
  },
  {
    city: 'Guayaquil',
    country: 'Ecuador',
    zone: '-05:00',
    region: 'latam',
    areas: ['Guayas province', 'Durán', 'Samborondón'],
    villages: ['Daule', 'Naranjal'],
    river: 'Guayas',
    currency: DOLLAR,
  },
  {
    city: 'Montevideo',
    country: 'Uruguay',
    zone: '-03:00',
    region: 'latam',
    areas: ['Canelones department', 'Ciudad Vieja', 'Pocitos'],
    villages: ['Santa Lucía', 'Pando'],
    river: 'Santa Lucía',
    currency: { word: 'pesos' },
  },
  // Oceania
  {
    city: 'Lismore',
    country: 'Australia',
    zone: 'Australia/Sydney',
    region: 'pacific',
    areas: ['the Northern Rivers region', 'New South Wales', 'Ballina'],
    villages: ['Woodburn', 'Coraki'],
    river: 'Wilsons',
    currency: DOLLAR,
  },
  {
    city: 'Adelaide',
    country: 'Australia',
    zone: 'Australia/Adelaide',
    region: 'pacific',
    areas: ['South Australia', 'the Riverland', 'Murray Bridge'],
    villages: ['Renmark', 'Mannum'],
    river: 'Murray',
    currency: DOLLAR,
  },
  {
    city: 'Perth',
    country: 'Australia',
    zone: 'Australia/Perth',
    region: 'pacific',
    areas: ['Western Australia', 'Fremantle', 'Joondalup'],
    villages: ['Mandurah', 'Northam'],
    river: 'Swan',
    currency: DOLLAR,
  },
  {
    city: 'Auckland',
    country: 'New Zealand',
    zone: 'Pacific/Auckland',
    region: 'pacific',
    areas: ['South Auckland', 'the North Shore', 'Waitākere'],
    villages: ['Muriwai', 'Piha'],
    river: 'Waikato',
    currency: DOLLAR,
  },
  {
    city: 'Suva',
    country: 'Fiji',
    zone: 'Pacific/Fiji',
    region: 'pacific',
    areas: ['Central Division', 'Nausori', 'Lami'],
    villages: ['Navua', 'Rewa'],
    river: 'Rewa',
    currency: DOLLAR,
  },
  {
    city: 'Honolulu',
    country: 'United States',
    zone: 'Pacific/Honolulu',
    region: 'anglo',
    areas: ['Oahu', 'Waianae', 'Kaneohe'],
    villages: ['Haleiwa', 'Waimanalo'],
    river: 'Ala Wai Canal',
    currency: DOLLAR,
  },
  // Antarctica
  {
    city: 'McMurdo Station',
    country: 'Antarctica',
    zone: 'Antarctica/McMurdo',
    region: 'pacific',
    areas: ['Ross Island', 'the Ross Ice Shelf'],
    villages: ['Scott Base', 'Hut Point'],
    river: 'Taylor Glacier',
    currency: DOLLAR,
    only: ['health'],
  },
];

/** The 200 tags: every topic's, every country, the general ones, and cities to make up the number. */
export const TAGS: readonly string[] = (() => {
  const fixed = [
    ...new Set([...TOPICS.flatMap((t) => TOPIC_TAGS[t]), ...LOCATIONS.map((l) => l.country), ...GENERAL_TAGS]),
  ];
  const cities = [...new Set(LOCATIONS.map((l) => l.city))].filter((city) => !fixed.includes(city));
  const all = [...fixed, ...cities.slice(0, Math.max(0, 200 - fixed.length))];
  if (all.length !== 200) throw new Error(`fixture tags: expected 200, have ${all.length}`);
  return all;
})();
const TAG_SET = new Set(TAGS);

/** Every zone the corpus uses (IANA names and fixed offsets). */

// ---------------------------------------------------------------------------
// Dates

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY_MS = 86_400_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2021-03-04T09:15:00` for a wall-clock reading kept as UTC milliseconds. */
function wallText(wall: number): string {
  const d = new Date(wall);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00`;
}

/** The zone's wall-clock reading resolved, or undefined in a gap or overlap. */
function tryResolve(wall: number, zone: string): string | undefined {
  try {
    return resolveArticleDate(wallText(wall), zone);
  } catch (error) {
    if (error instanceof ArticleDateError) return undefined;
    throw error;
  }
}

const transitionCache = new Map<string, number[]>();

/** Days (UTC midnight of the local date, in ms) of `year` on which `zone` changes its offset. */
function transitionDays(zone: string, year: number): number[] {
  const key = `${zone} ${year}`;
  const cached = transitionCache.get(key);
  if (cached) return cached;
  const days: number[] = [];
  if (!/^[+-]/.test(zone)) {
    const offsetAt = (ms: number) => zoneOffsetMinutes(zone, new Date(ms));
    for (let month = 0; month < 12; month++) {
      const start = Date.UTC(year, month, 1);
      const end = Date.UTC(year, month + 1, 1);
      if (offsetAt(start) === offsetAt(end)) continue;
      // The offset changes in this month: find the days (noon UTC to noon UTC).
      for (let day = start; day < end; day += DAY_MS) {
        if (offsetAt(day - DAY_MS / 2) !== offsetAt(day + DAY_MS / 2)) days.push(day - DAY_MS, day);
      }
    }
  }
  transitionCache.set(key, days);
  return days;
}

interface DatePick {
  /** Wall-clock reading as UTC milliseconds. */
  wall: number;
  /** The resolved ISO date with the zone's real offset. */
  iso: string;
}

/** A publication time in `zone` that exists once: not in a gap, not in an overlap. */
function pickPublication(rng: Rng, zone: string): DatePick {
  const year = rng.int(FIRST_YEAR, LAST_YEAR);
  // About one article in twenty is dated on a day the clocks change (where the zone has such days).
  const special = rng.chance(0.05) ? transitionDays(zone, year) : [];
  const day =
    special.length > 0
      ? rng.pick(special)
      : Date.UTC(year, 0, 1) + rng.int(0, (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / DAY_MS - 1) * DAY_MS;
  for (let attempt = 0; ; attempt++) {
    // Mostly office hours, sometimes any minute of the day (night shifts, DST nights).
    const minutes = special.length > 0 || rng.chance(0.1) ? rng.int(0, 1439) : rng.int(6 * 60, 22 * 60);
    const wall = day + Math.floor(minutes / 5) * 5 * 60_000;
    const iso = tryResolve(wall, zone);
    if (iso !== undefined) return { wall, iso };
    if (attempt > 50) throw new Error(`no valid time on ${wallText(day)} in ${zone}`);
  }
}

/** `date:` as written: with the zone's offset, or wall-clock time without one. */
function writtenDate(rng: Rng, pick: DatePick): string {
  const r = rng.next();
  // About a third without an offset (quoted, a few not), the rest with the real offset.
  if (r < 0.27) return `"${wallText(pick.wall)}"`;
  if (r < 0.33) return wallText(pick.wall);
  if (pick.iso.endsWith('+00:00') && rng.chance(0.5)) return `${pick.iso.slice(0, 19)}Z`;
  return pick.iso;
}

// ---------------------------------------------------------------------------
// Prose

interface Ctx {
  rng: Rng;
  loc: Location;
  topic: Topic;
  /** Publication day on the article's clock, UTC midnight of that date. */
  pubDay: number;
  /** People quoted in this article, made up once so they recur. */
  people: { name: string; role: string }[];
  /** Paragraph templates (by index) and extra blocks already in this article. */
  usedTemplates: Set<number>;
  used: Set<string>;
}

function personName(rng: Rng, region: NameRegion): string {
  return `${rng.pick(FIRST_NAMES[region])} ${rng.pick(LAST_NAMES[region])}`;
}

/** `12,400` */
function num(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

function money(c: Ctx, min: number, max: number): string {
  const amount = c.rng.int(min * 10, max * 10) / 10;
  const scale = amount >= 1000 ? `${num(Math.round(amount / 1000))} billion` : `${amount} million`;
  return c.loc.currency.sign ? `${c.loc.currency.sign}${scale}` : `${scale} ${c.loc.currency.word}`;
}

/** `$120` or `120 manats`. */
function smallMoney(c: Ctx, min: number, max: number): string {
  const amount = num(c.rng.int(min, max));
  return c.loc.currency.sign ? `${c.loc.currency.sign}${amount}` : `${amount} ${c.loc.currency.word}`;
}

/** `June 12` or `12 June`, `daysBefore` days before publication. */
function dayBefore(c: Ctx, daysBefore: number): string {
  const d = new Date(c.pubDay - daysBefore * DAY_MS);
  const month = MONTHS[d.getUTCMonth()]!;
  return c.loc.region === 'anglo' || c.rng.chance(0.5) ? `${month} ${d.getUTCDate()}` : `${d.getUTCDate()} ${month}`;
}

/** `last Wednesday` (2–6 days before publication) or `on Monday`. */
function weekdayBefore(c: Ctx): string {
  const daysBefore = c.rng.int(2, 6);
  const name = WEEKDAYS[new Date(c.pubDay - daysBefore * DAY_MS).getUTCDay()]!;
  return c.rng.chance(0.5) ? `last ${name}` : `on ${name}`;
}

/** A date some years back, with its year: `November 10, 2020`. */
function pastDateWithYear(c: Ctx): string {
  const d = new Date(c.pubDay - c.rng.int(200, 3000) * DAY_MS);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

function yearsBack(c: Ctx, min: number, max: number): number {
  return new Date(c.pubDay).getUTCFullYear() - c.rng.int(min, max);
}

/** Someone to quote, with a role for this topic; later calls may return an earlier person. */
function source(c: Ctx): { name: string; role: string } {
  if (c.people.length > 0 && c.rng.chance(0.35)) return c.rng.pick(c.people);
  const person = { name: personName(c.rng, c.loc.region), role: c.rng.pick(ROLES[c.topic]) };
  c.people.push(person);
  return person;
}

const ROLES: Record<Topic, readonly string[]> = {
  demining: [
    'a team leader with the national mine action centre',
    'a deminer who has worked in the area for six years',
    'the head of the regional emergency service',
    'a field officer with a humanitarian demining group',
    'a farmer from the village',
    'the district governor',
  ],
  courts: [
    'the presiding judge',
    'a lawyer for the defendants',
    'the lead prosecutor',
    'a spokesperson for the court',
    'a law professor who followed the case',
    'a relative of one of the victims',
  ],
  council: [
    'the mayor',
    'a councillor for the opposition group',
    'the head of the council finance committee',
    'a resident who spoke at the meeting',
    'the city planning director',
    'a spokesperson for the tenants association',
  ],
  elections: [
    'the head of the electoral commission',
    'a campaign spokesperson',
    'an election observer',
    'a political scientist at the local university',
    'a first-time voter',
    'the governing party chairman',
  ],
  floods: [
    'a spokesperson for the fire and rescue service',
    'the regional emergency coordinator',
    'a resident whose house was flooded',
    'a hydrologist at the weather service',
    'a shop owner in the old town',
    'the provincial governor',
  ],
  sport: [
    'the head coach',
    'the team captain',
    'the club chairman',
    'a sports physiotherapist',
    'a supporter who travelled to the match',
    'the federation president',
  ],
  markets: [
    'a senior economist at a local bank',
    'the central bank governor',
    'a currency trader',
    'the chamber of commerce president',
    'a fund manager',
    'the finance minister',
  ],
  health: [
    'the regional health director',
    'a nurse at the district hospital',
    'an epidemiologist',
    'the hospital chief executive',
    'a patient who waited eight months for surgery',
    'a spokesperson for the health ministry',
  ],
};

const SAID = ['said', 'said', 'told reporters', 'added', 'said in a statement', 'told The Dispatch'];

/** `“…,” Name, role, said.` with typographic or straight quotes. */
function quote(c: Ctx, words: string): string {
  const who = source(c);
  const [open, close] = c.rng.chance(0.7) ? ['“', '”'] : ['"', '"'];
  const verb = c.rng.pick(SAID);
  const body = words.replace(/[.!?]$/, '');
  // “…,” said Name, role.  or  “…,” Name, role, told reporters.
  if ((verb === 'said' || verb === 'added') && c.rng.chance(0.5))
    return `${open}${body},${close} ${verb} ${who.name}, ${who.role}.`;
  return `${open}${body},${close} ${who.name}, ${who.role}, ${verb}.`;
}

type Template = (c: Ctx) => string;

interface Story {
  title: string;
  lead: string;
}
type StoryTemplate = (c: Ctx) => Story;

/** Headline and first paragraph, written together so they tell the same news. */
const STORIES: Record<Topic, readonly StoryTemplate[]> = {
  demining: [
    (c) => {
      const victim = c.rng.pick(['farmer', 'shepherd', 'tractor driver', 'woman collecting firewood', 'teenager']);
      const area = c.rng.pick(c.loc.areas);
      return {
        title: `Landmine blast injures ${victim} in ${area}`,
        lead: `A ${victim} was injured in a landmine blast near the village of ${c.rng.pick(c.loc.villages)} in ${area} on the ${c.rng.pick(['evening', 'morning', 'afternoon'])} of ${dayBefore(c, c.rng.int(1, 3))}, the regional emergency service has reported.`,
      };
    },
    (c) => {
      const n = c.rng.int(300, 9000);
      return {
        title: `Deminers clear ${num(n)} mines from farmland near ${c.loc.city}`,
        lead: `Demining teams have cleared ${num(n)} anti-personnel and anti-tank mines from fields around ${c.loc.city} since the start of the year, the national mine action centre said ${weekdayBefore(c)}.`,
      };
    },
    (c) => {
      const village = c.rng.pick(c.loc.villages);
      return {
        title: `Unexploded shell found near school in ${village}`,
        lead: `An unexploded artillery shell was found ${c.rng.int(50, 400)} metres from a primary school in ${village} ${weekdayBefore(c)}, prompting the evacuation of ${num(c.rng.int(80, 600))} pupils and staff.`,
      };
    },
    (c) => {
      const area = c.rng.pick(c.loc.areas);
      return {
        title: `Returning families in ${area} told to keep to marked paths`,
        lead: `Families returning to villages in ${area} are being asked to keep to marked paths after ${c.rng.pick(NUMBER_WORDS)} people were hurt by explosive remnants of war in the past month, the mine action centre said.`,
      };
    },
    (c) => {
      const hectares = c.rng.int(120, 9000);
      return {
        title: `${c.loc.country} returns ${num(hectares)} hectares of cleared land to villagers`,
        lead: `About ${num(hectares)} hectares of farmland in ${c.rng.pick(c.loc.areas)} were handed back to their owners on ${dayBefore(c, c.rng.int(0, 3))} after demining teams spent ${c.rng.pick(NUMBER_WORDS)} years clearing them of mines and unexploded ordnance.`,
      };
    },
    (c) => {
      const area = c.rng.pick(c.loc.areas);
      const share = c.rng.int(30, 70);
      return {
        title: `Mine clearance in ${area} slowed by funding gap, agency warns`,
        lead: `Mine clearance in ${area} could slow by half next year because donors have pledged only ${share} percent of the money needed, the head of the national mine action centre warned ${weekdayBefore(c)}.`,
      };
    },
  ],
  courts: [
    (c) => {
      const office = c.rng.pick(['deputy mayor', 'customs chief', 'hospital director', 'regional governor']);
      const years = c.rng.pick(NUMBER_WORDS);
      return {
        title: `Former ${office} in ${c.loc.city} jailed for ${years} years for fraud`,
        lead: `A court in ${c.loc.city} on ${dayBefore(c, c.rng.int(0, 2))} sentenced a former ${office} to ${years} years in prison for embezzling ${money(c, 1, 60)} from public contracts.`,
      };
    },
    (c) => {
      const n = c.rng.pick(NUMBER_WORDS);
      return {
        title: `Trial of ${n} police officers opens in ${c.loc.city}`,
        lead: `The trial of ${n} police officers accused of beating a protester during demonstrations in ${c.rng.pick(c.loc.areas)} opened ${weekdayBefore(c)} amid tight security.`,
      };
    },
    (c) => ({
      title: `Appeals court blocks flats on wetland outside ${c.loc.city}`,
      lead: `An appeals court has overturned a ruling that allowed a developer to build ${num(c.rng.int(100, 2000))} flats on protected wetland outside ${c.loc.city}, handing a victory to residents who had fought the project for ${c.rng.pick(NUMBER_WORDS)} years.`,
    }),
    (c) => {
      const n = c.rng.pick(NUMBER_WORDS);
      return {
        title: `Judges in ${c.loc.city} free ${n} journalists held for months`,
        lead: `Judges in ${c.loc.city} ordered the release of ${n} journalists ${weekdayBefore(c)}, saying prosecutors had failed to show why they should remain in custody.`,
      };
    },
    (c) => {
      const damages = money(c, 1, 80);
      const who = c.rng.pick(['developer', 'water utility', 'hospital trust', 'port authority']);
      return {
        title: `Court orders ${who} to pay ${damages} in damages`,
        lead: `A civil court in ${c.loc.city} ordered a ${who} to pay ${damages} in damages to ${num(c.rng.int(40, 3000))} residents of ${c.rng.pick(c.loc.areas)} on ${dayBefore(c, c.rng.int(0, 3))}, in one of the largest group lawsuits the city has seen.`,
      };
    },
  ],
  council: [
    (c) => {
      const budget = money(c, 40, 1200);
      return {
        title: `${c.loc.city} council approves ${budget} budget after late-night session`,
        lead: `${c.loc.city} city council approved a budget of ${budget} for next year shortly before midnight on ${dayBefore(c, c.rng.int(1, 2))}, after a session of more than ${c.rng.pick(NUMBER_WORDS)} hours.`,
      };
    },
    (c) => ({
      title: `Bike lanes plan divides ${c.loc.city} councillors`,
      lead: `Councillors in ${c.loc.city} voted ${c.rng.int(21, 40)} to ${c.rng.int(5, 20)} ${weekdayBefore(c)} to press ahead with ${num(c.rng.int(12, 90))} kilometres of protected bike lanes, despite objections from shop owners in ${c.rng.pick(c.loc.areas)}.`,
    }),
    (c) => {
      const rise = c.rng.int(3, 19);
      return {
        title: `Water tariffs in ${c.loc.city} to rise by ${rise} percent`,
        lead: `Households in ${c.loc.city} will pay ${rise} percent more for water from January under a tariff increase approved by the city council on ${dayBefore(c, c.rng.int(1, 4))}.`,
      };
    },
    (c) => {
      const area = c.rng.pick(c.loc.areas);
      return {
        title: `Council votes to keep ${area} library open`,
        lead: `The library in ${area} will stay open after ${c.loc.city} council reversed a decision to close it, following a petition signed by ${num(c.rng.int(2000, 30000))} residents.`,
      };
    },
    (c) => {
      const homes = c.rng.int(200, 6000);
      const area = c.rng.pick(c.loc.areas);
      return {
        title: `${c.loc.city} to build ${num(homes)} affordable homes in ${area}`,
        lead: `${c.loc.city} will build ${num(homes)} affordable homes on council-owned land in ${area} over the next ${c.rng.pick(['five', 'six', 'eight', 'ten'])} years, under a plan approved by councillors ${weekdayBefore(c)}.`,
      };
    },
  ],
  elections: [
    (c) => {
      const turnout = c.rng.int(38, 81);
      return {
        title: `Turnout reaches ${turnout} percent in ${c.loc.city} municipal vote`,
        lead: `Turnout in ${c.loc.city}'s municipal elections reached ${turnout} percent on ${dayBefore(c, c.rng.int(0, 2))}, the highest in ${c.rng.pick(['two', 'three', 'four'])} decades, according to the electoral commission.`,
      };
    },
    (c) => {
      const area = c.rng.pick(c.loc.areas);
      return {
        title: `Recount ordered in ${area} after narrow result`,
        lead: `The electoral commission ordered a recount in ${area} ${weekdayBefore(c)} after the two leading candidates finished just ${c.rng.int(12, 400)} votes apart.`,
      };
    },
    (c) => ({
      title: `Opposition claims victory in ${c.loc.country} regional elections`,
      lead: `Opposition parties in ${c.loc.country} claimed victory in regional elections held on ${dayBefore(c, c.rng.int(1, 3))}, with preliminary results giving them control of ${c.rng.pick(NUMBER_WORDS)} of the country's regions.`,
    }),
    (c) => ({
      title: `Candidates in ${c.loc.city} mayoral race clash over housing`,
      lead: `Voters in ${c.loc.city} go to the polls to choose a new mayor after a campaign dominated by housing costs, public transport and the city's ${money(c, 50, 900)} debt.`,
    }),
    (c) => {
      const rejected = c.rng.int(300, 40000);
      return {
        title: `Electoral commission in ${c.loc.city} rejects ${num(rejected)} postal ballots`,
        lead: `Election officials in ${c.loc.city} rejected ${num(rejected)} postal ballots ${weekdayBefore(c)}, most of them because the envelopes arrived after the deadline or lacked a signature.`,
      };
    },
  ],
  floods: [
    (c) => {
      const evacuated = c.rng.int(1, 40) * 1000;
      return {
        title: `Thousands evacuated as ${c.loc.river} bursts its banks`,
        lead: `More than ${num(evacuated)} people were evacuated from homes along the ${c.loc.river} ${weekdayBefore(c)} after ${c.rng.int(80, 420)} millimetres of rain fell on ${c.rng.pick(c.loc.areas)} in ${c.rng.pick(['two', 'three'])} days.`,
      };
    },
    (c) => {
      const area = c.rng.pick(c.loc.areas);
      return {
        title: `Flash floods cut roads across ${area}`,
        lead: `Flash floods cut roads and knocked out power to ${num(c.rng.int(4, 90) * 1000)} households across ${area} on the night of ${dayBefore(c, c.rng.int(1, 3))}, emergency services said.`,
      };
    },
    (c) => ({
      title: `Flood defences hold in ${c.loc.city} as river peaks`,
      lead: `Temporary flood barriers held in central ${c.loc.city} as the ${c.loc.river} peaked at ${c.rng.int(4, 9)}.${c.rng.int(0, 9)} metres early on ${dayBefore(c, c.rng.int(0, 2))}, sparing the old town the damage it suffered in ${yearsBack(c, 3, 12)}.`,
    }),
    (c) => {
      const village = c.rng.pick(c.loc.villages);
      return {
        title: `Residents of ${village} return to mud-filled homes`,
        lead: `Residents of ${village} began returning to mud-filled homes ${weekdayBefore(c)}, a week after the ${c.loc.river} burst its banks.`,
      };
    },
    (c) => {
      const rain = c.rng.int(80, 420);
      return {
        title: `${c.loc.city} counts the cost after ${rain} millimetres of rain in two days`,
        lead: `${c.loc.city} began counting the cost of the worst flooding in a generation ${weekdayBefore(c)}, after ${rain} millimetres of rain fell in two days and left streets in ${c.rng.pick(c.loc.areas)} under a metre of water.`,
      };
    },
  ],
  sport: [
    (c) => {
      const [home, away] = [c.rng.int(2, 4), c.rng.int(0, 1)];
      return {
        title: `${c.loc.city} win derby ${home}-${away} with late goal`,
        lead: `${c.loc.city} won the derby ${home}-${away} on ${dayBefore(c, c.rng.int(0, 2))} with a goal in the ${c.rng.int(86, 90)}th minute, lifting the club to within ${c.rng.pick(NUMBER_WORDS)} points of the top of the table.`,
      };
    },
    (c) => ({
      title: `Marathon record falls on cool morning in ${c.loc.city}`,
      lead: `The course record at the ${c.loc.city} marathon fell on a cool, still morning ${weekdayBefore(c)}, with the winner finishing in 2:0${c.rng.int(4, 9)}:${pad(c.rng.int(0, 59))} ahead of ${num(c.rng.int(8, 40) * 1000)} runners.`,
    }),
    (c) => {
      const seats = num(c.rng.int(18, 60) * 1000);
      return {
        title: `${c.loc.city} unveils plans for ${seats}-seat stadium`,
        lead: `${c.loc.city} unveiled plans ${weekdayBefore(c)} for a ${seats}-seat stadium on the site of a former rail yard in ${c.rng.pick(c.loc.areas)}, at an estimated cost of ${money(c, 150, 900)}.`,
      };
    },
    (c) => {
      const area = c.rng.pick(c.loc.areas);
      return {
        title: `Teenage sprinter from ${area} qualifies for world championships`,
        lead: `A ${c.rng.int(16, 19)}-year-old sprinter from ${area} qualified for the world championships on ${dayBefore(c, c.rng.int(1, 4))}, running the 100 metres in 10.${c.rng.int(0, 3)}${c.rng.int(0, 9)} seconds.`,
      };
    },
    (c) => {
      const place = c.rng.pick(['third', 'fourth', 'fifth', 'sixth']);
      return {
        title: `Injury-hit ${c.loc.city} slip to ${place} place`,
        lead: `${c.loc.city} slipped to ${place} place in the league after a ${c.rng.int(0, 1)}-${c.rng.int(2, 3)} defeat at home ${weekdayBefore(c)}, their ${c.rng.pick(['third', 'fourth'])} loss in a row with ${c.rng.pick(['five', 'six', 'seven'])} first-team players injured.`,
      };
    },
  ],
  markets: [
    (c) => {
      const rise = `${c.rng.int(1, 3)}.${c.rng.int(1, 9)}`;
      return {
        title: `${c.loc.country}'s main index rises ${rise} percent on rate cut hopes`,
        lead: `Shares in ${c.loc.country} rose ${rise} percent ${weekdayBefore(c)}, led by banks and exporters, as traders bet the central bank will cut interest rates before the end of the year.`,
      };
    },
    (c) => ({
      title: `Central bank in ${c.loc.country} holds rates as inflation eases`,
      lead: `The central bank of ${c.loc.country} held its main interest rate at ${c.rng.int(2, 14)}.${c.rng.pick(['0', '25', '5', '75'])} percent on ${dayBefore(c, c.rng.int(0, 2))}, saying inflation was easing but remained above its target.`,
    }),
    (c) => ({
      title: `Port of ${c.loc.city} reports record container volumes`,
      lead: `The port of ${c.loc.city} handled ${num(c.rng.int(600, 9000) * 1000)} containers last year, a record, as shipping lines moved cargo away from congested hubs elsewhere in the region.`,
    }),
    (c) => {
      const months = c.rng.pick(['five', 'six', 'seven', 'nine']);
      return {
        title: `Food prices in ${c.loc.city} climb for ${months} months in a row`,
        lead: `Food prices in ${c.loc.city} rose for ${months} consecutive months to ${MONTHS[new Date(c.pubDay - 20 * DAY_MS).getUTCMonth()]}, driven by the cost of vegetables, bread and cooking oil, the statistics office said.`,
      };
    },
    (c) => {
      const area = c.rng.pick(c.loc.areas);
      return {
        title: `Exporters in ${area} feel the squeeze from strong currency`,
        lead: `Manufacturers in ${area} say a stronger currency has wiped out their profit margins, after the local currency gained ${c.rng.int(6, 18)} percent against the US dollar since ${dayBefore(c, c.rng.int(60, 120))}.`,
      };
    },
  ],
  health: [
    (c) => {
      const area = c.rng.pick(c.loc.areas);
      return {
        title: `Measles cases rise in ${area}, health officials warn`,
        lead: `Health officials in ${area} have confirmed ${c.rng.int(12, 380)} cases of measles since ${dayBefore(c, c.rng.int(20, 60))}, most of them in children who had not been vaccinated.`,
      };
    },
    (c) => {
      const waiting = num(c.rng.int(8000, 90000));
      return {
        title: `Hospital waiting lists in ${c.loc.city} reach ${waiting}`,
        lead: `The number of people waiting for planned surgery at hospitals in ${c.loc.city} has reached ${waiting}, according to figures published ${weekdayBefore(c)}.`,
      };
    },
    (c) => ({
      title: `Nurses in ${c.loc.city} strike over pay and staffing`,
      lead: `Nurses at ${c.rng.pick(NUMBER_WORDS)} hospitals in ${c.loc.city} walked out on ${dayBefore(c, c.rng.int(0, 2))} in a dispute over pay and staffing, leaving managers to cancel ${num(c.rng.int(200, 3000))} appointments.`,
    }),
    (c) => {
      const village = c.rng.pick(c.loc.villages);
      return {
        title: `New clinic opens in ${village} after years of campaigning`,
        lead: `A new clinic opened in ${village} ${weekdayBefore(c)}, ending a ${c.rng.int(20, 90)}-kilometre journey for ${num(c.rng.int(4, 40) * 100)} residents who until now had to travel to ${c.loc.city} to see a doctor.`,
      };
    },
    (c) => {
      const children = num(c.rng.int(10, 400) * 1000);
      return {
        title: `Vaccination drive reaches ${children} children in ${c.loc.country}`,
        lead: `A national vaccination campaign has reached ${children} children since ${dayBefore(c, c.rng.int(25, 70))}, the health ministry said ${weekdayBefore(c)}, with mobile teams visiting villages as remote as ${c.rng.pick(c.loc.villages)}.`,
      };
    },
  ],
};

const BODY: Record<Topic, readonly Template[]> = {
  demining: [
    (c) =>
      `The victim was taken to hospital in ${c.loc.city} with shrapnel wounds to both legs and was in a stable condition, doctors said. A relative said he had been ploughing a field that local people believed had been cleared ${c.rng.pick(NUMBER_WORDS)} years ago.`,
    (c) =>
      `According to the mine action centre, about ${num(c.rng.int(2, 90) * 100)} square kilometres of land in ${c.rng.pick(c.loc.areas)} remain suspected of contamination. Teams working with metal detectors and mechanical flails clear on average ${num(c.rng.int(500, 4000))} square metres a day.`,
    (c) =>
      quote(
        c,
        `We find mines in orchards, in wells, under the floors of houses. Every field we release goes back to a family, but the work is slow and there is no shortcut`,
      ),
    (c) =>
      `On ${dayBefore(c, c.rng.int(8, 40))}, a deminer was killed when an anti-tank mine detonated during clearance work near ${c.rng.pick(c.loc.villages)}. It was the ${c.rng.pick(['second', 'third', 'fourth'])} death among clearance staff in the region this year.`,
    (c) =>
      `Police cordoned off the area and a bomb disposal team destroyed the device in a controlled explosion ${weekdayBefore(c)}. Residents were told to report any suspicious objects rather than touch them.`,
    (c) =>
      `The agency said it had received ${money(c, 2, 45)} from international donors this year, about ${c.rng.int(30, 70)} percent of what it needs to keep ${num(c.rng.int(30, 300))} teams in the field.`,
    (c) =>
      quote(
        c,
        `People want to go home and plant their crops. We tell them to wait for the teams, but after years away it is hard to ask anyone to wait another season`,
      ),
    (c) =>
      `Mine risk education sessions were held in ${c.rng.pick(NUMBER_WORDS)} schools in ${c.rng.pick(c.loc.areas)} last month, reaching ${num(c.rng.int(500, 9000))} children. Instructors show pupils the shapes and colours of common devices and the warning signs used to mark dangerous ground.`,
    (c) =>
      `The military prosecutor's office said it had opened a criminal case into the blast and appointed a forensic examination. Investigators inspected the scene near ${c.rng.pick(c.loc.villages)} on ${dayBefore(c, c.rng.int(0, 2))}.`,
    (c) =>
      `${c.loc.country} is bound by the Ottawa Treaty banning anti-personnel mines, which requires states to clear contaminated land within ten years, a deadline that has been extended ${c.rng.pick(['once', 'twice', 'three times'])} for the country.`,
    (c) =>
      `Between ${dayBefore(c, c.rng.int(25, 40))} and ${dayBefore(c, c.rng.int(5, 20))}, teams found ${num(c.rng.int(20, 900))} anti-personnel mines, ${num(c.rng.int(10, 300))} anti-tank mines and ${num(c.rng.int(100, 5000))} items of unexploded ordnance in ${c.rng.pick(c.loc.areas)}.`,
    (c) =>
      `Villagers in ${c.rng.pick(c.loc.villages)} said the explosion was heard across the valley shortly after ${c.rng.int(5, 9)} p.m. Neighbours ran to help but waited for the emergency service, fearing more mines nearby.`,
    (c) =>
      quote(
        c,
        `I heard the blast and saw the smoke over the field. We knew at once what it was, because it has happened here before`,
      ),
    (_c) =>
      `The ministry denied reports on social media that several clearance workers had been injured in the same incident, saying only one person had been hurt. It urged users not to share information that had not been officially confirmed.`,
    (c) =>
      `Clearance teams use dogs trained to smell explosives in areas where the ground is too rocky for machines. Each dog can check about ${num(c.rng.int(300, 1200))} square metres a day, handlers said.`,
    (c) =>
      `Earlier, on ${dayBefore(c, c.rng.int(30, 90))}, authorities received maps showing the location of about ${num(c.rng.int(10, 97) * 1000)} mines laid during the fighting. Officials said the maps covered only part of the contaminated ground and some were inaccurate.`,
    (c) =>
      `Survivors of mine blasts in ${c.rng.pick(c.loc.areas)} receive a monthly allowance of ${smallMoney(c, 40, 400)}, a sum that victims' groups say does not cover the cost of prosthetic limbs, which must be replaced every few years.`,
    (c) =>
      `An international survey team estimated in ${yearsBack(c, 1, 4)} that it would take at least ${c.rng.pick(['ten', 'fifteen', 'twenty', 'thirty'])} more years to clear the region at the current pace.`,
  ],
  courts: [
    (c) =>
      `Prosecutors said the defendant had steered contracts worth ${money(c, 3, 120)} to companies controlled by relatives between ${yearsBack(c, 6, 10)} and ${yearsBack(c, 1, 4)}. He denied the charges and his lawyers said they would appeal.`,
    (c) =>
      quote(
        c,
        `This verdict shows that nobody is above the law, whatever office they held and whoever their friends are`,
      ),
    (c) =>
      quote(
        c,
        `The court ignored the evidence that was put before it. My client has always said he is innocent and we will take this case as far as we have to`,
      ),
    (c) =>
      `The judge said the court had heard from ${c.rng.int(20, 140)} witnesses over ${c.rng.int(9, 60)} sessions and reviewed more than ${num(c.rng.int(2, 40) * 1000)} pages of financial records.`,
    (c) =>
      `The hearing on ${dayBefore(c, c.rng.int(1, 6))} was adjourned twice after defence lawyers asked for more time to study documents submitted by the prosecution in ${c.loc.city}.`,
    (c) =>
      `Human rights groups, who sent observers to every session, said the proceedings had been fair but criticised the length of pre-trial detention, which lasted ${c.rng.int(11, 30)} months.`,
    (c) =>
      `Outside the courthouse, about ${num(c.rng.int(2, 40) * 10)} supporters of the defendants gathered with banners. Police said the crowd dispersed peacefully in the afternoon.`,
    (c) =>
      `The case is one of ${c.rng.int(12, 90)} corruption prosecutions opened in ${c.loc.country} since ${yearsBack(c, 2, 8)}, when parliament created a special anti-corruption court.`,
    (c) =>
      `The appeals panel ruled ${c.rng.pick(['two to one', 'unanimously', 'by a majority'])} that the lower court had misread the zoning law in force on ${pastDateWithYear(c)}, when the permit was issued.`,
    (c) =>
      `During the trial, a former accountant testified that she had been told to sign invoices for work that was never done. She said she had kept copies, which were later seized by investigators in ${c.rng.pick(c.loc.areas)}.`,
    (c) =>
      quote(
        c,
        `We waited ${c.rng.pick(['three', 'four', 'five'])} years for this day. It does not bring back what we lost, but at least someone has been held responsible`,
      ),
    (c) =>
      `The defendants face up to ${c.rng.pick(['eight', 'ten', 'twelve', 'fifteen'])} years in prison if convicted of abuse of power and causing bodily harm. All have pleaded not guilty.`,
    (c) =>
      `The court also ordered the confiscation of ${c.rng.pick(NUMBER_WORDS)} apartments, a hotel in ${c.rng.pick(c.loc.areas)} and ${money(c, 1, 9)} held in bank accounts abroad.`,
    (c) =>
      `Legal experts said the ruling could affect ${c.rng.int(20, 300)} similar disputes pending before lower courts, most of them involving land reclassified for construction since ${yearsBack(c, 5, 12)}.`,
    (c) =>
      `The verdict can be appealed to the supreme court within ${c.rng.pick(['15', '30', '60'])} days. Prosecutors said they were studying the judgment and had not decided whether to seek a longer sentence.`,
  ],
  council: [
    (c) =>
      `The budget includes ${money(c, 10, 300)} for road repairs, ${money(c, 5, 120)} for schools and a ${c.rng.int(2, 9)} percent rise in spending on social care, the largest item in the city's accounts.`,
    (c) =>
      quote(
        c,
        `This is a budget for the people who actually live here: more buses, cleaner streets and libraries that stay open in the evening`,
      ),
    (c) =>
      quote(
        c,
        `The council is borrowing to pay for promises it cannot keep, and residents in ${c.rng.pick(c.loc.areas)} will be the ones paying for it`,
      ),
    (c) =>
      `About ${c.rng.int(40, 300)} residents attended the meeting at the city hall on ${dayBefore(c, c.rng.int(1, 5))}, and ${c.rng.int(15, 60)} of them spoke during the public comment period, most in favour of the plan.`,
    (c) =>
      `The planning department estimates that the scheme will cut car traffic in ${c.rng.pick(c.loc.areas)} by ${c.rng.int(8, 30)} percent and add ${num(c.rng.int(300, 4000))} trees along the main roads within ${c.rng.pick(NUMBER_WORDS)} years.`,
    (c) =>
      `Shop owners along the main street said they would lose ${num(c.rng.int(40, 400))} parking spaces under the plan. A survey commissioned by the council found that ${c.rng.int(60, 85)} percent of customers arrive on foot, by bike or by bus.`,
    (c) =>
      `The council last raised water tariffs in ${yearsBack(c, 3, 8)}. The utility says it needs ${money(c, 50, 700)} over the next decade to replace pipes that lose about a quarter of the water they carry.`,
    (c) =>
      `The vote followed ${c.rng.pick(NUMBER_WORDS)} months of consultation, including ${c.rng.int(6, 30)} public meetings in neighbourhoods such as ${c.rng.pick(c.loc.areas)}.`,
    (c) =>
      `Waste collection will move to a fortnightly schedule in ${c.rng.pick(c.loc.areas)} from ${MONTHS[new Date(c.pubDay + 50 * DAY_MS).getUTCMonth()]}, a change the council says will save ${money(c, 1, 15)} a year.`,
    (c) => quote(c, `Nobody asked us. We found out about the plan from a leaflet, two weeks before the vote`),
    (c) =>
      `Bus fares will be frozen for another year, and the council will buy ${c.rng.int(12, 120)} electric buses for routes through ${c.rng.pick(c.loc.areas)}, the first of which are due to enter service next spring.`,
    (c) =>
      `Opposition councillors tabled ${c.rng.int(4, 30)} amendments, of which ${c.rng.pick(['two', 'three', 'four'])} were accepted, including one that sets aside ${money(c, 0.5, 6)} for repairs to school roofs.`,
    (c) =>
      `The city's debt stands at ${money(c, 100, 2000)}, according to the latest audited accounts, and interest payments take up about ${c.rng.int(4, 12)} percent of its annual spending.`,
    (c) =>
      `A final decision on the design of the new square in ${c.rng.pick(c.loc.areas)} was postponed until ${MONTHS[new Date(c.pubDay + 70 * DAY_MS).getUTCMonth()]} after councillors asked for a second study of its effect on traffic.`,
  ],
  elections: [
    (c) =>
      `With ${c.rng.int(90, 99)} percent of ballots counted, the incumbent had ${c.rng.int(38, 55)}.${c.rng.int(0, 9)} percent of the vote against ${c.rng.int(30, 45)}.${c.rng.int(0, 9)} percent for her main challenger, according to the commission's website.`,
    (c) =>
      quote(
        c,
        `Voters have told us very clearly that they want change. We will listen, and we will start with the rents`,
      ),
    (c) =>
      quote(
        c,
        `Every vote will be counted again, in public, with observers from all parties present. The result will be known within a week`,
      ),
    (c) =>
      `Observers from ${c.rng.int(8, 40)} organisations monitored ${num(c.rng.int(200, 3000))} polling stations and reported ${c.rng.pick(['minor', 'isolated', 'several'])} irregularities, including late openings in ${c.rng.pick(c.loc.areas)}.`,
    (c) =>
      `Queues formed outside polling stations in ${c.rng.pick(c.loc.areas)} before they opened at 7 a.m. on ${dayBefore(c, c.rng.int(0, 2))}, and some voters waited more than an hour.`,
    (c) =>
      `The campaign was the most expensive in the city's history, with candidates declaring combined spending of ${money(c, 2, 40)}, much of it on social media advertising.`,
    (c) =>
      `A poll published on ${dayBefore(c, c.rng.int(6, 20))} had shown the two front-runners within ${c.rng.int(1, 4)} percentage points of each other, with ${c.rng.int(10, 25)} percent of voters still undecided.`,
    (c) =>
      `The new council will have ${c.rng.int(31, 65)} seats. Coalition talks are expected to begin ${c.rng.pick(['next week', 'within days', 'after the official results are certified'])}.`,
    (c) =>
      `Young voters turned out in greater numbers than in ${yearsBack(c, 4, 5)}: the commission said ${c.rng.int(40, 70)} percent of those aged 18 to 24 cast a ballot, up from ${c.rng.int(25, 39)} percent.`,
    (c) =>
      quote(
        c,
        `I voted for the first time today. Rent is half of what I earn, and I want someone who will do something about it`,
      ),
    (c) =>
      `The governing party lost ${c.rng.pick(NUMBER_WORDS)} of the ${c.rng.int(12, 20)} districts it won last time, including ${c.rng.pick(c.loc.areas)}, where it had held the mayor's office since ${yearsBack(c, 12, 25)}.`,
    (c) =>
      `Postal voting rose sharply, to ${num(c.rng.int(20, 300) * 1000)} ballots, and counting them delayed the final result by ${c.rng.pick(['a day', 'two days', 'several hours'])}.`,
    (c) =>
      `The electoral commission rejected complaints from ${c.rng.pick(NUMBER_WORDS)} parties about the design of the ballot paper, saying it had been approved by all parties on ${pastDateWithYear(c)}.`,
    (c) =>
      `Turnout was lowest in ${c.rng.pick(c.loc.areas)}, at ${c.rng.int(25, 40)} percent, and highest in the suburbs, where it exceeded ${c.rng.int(60, 80)} percent.`,
  ],
  floods: [
    (c) =>
      `The weather service issued its highest warning for ${c.rng.pick(c.loc.areas)} on ${dayBefore(c, c.rng.int(2, 4))}, forecasting up to ${c.rng.int(100, 300)} millimetres of rain in 48 hours. By the next evening the ${c.loc.river} had risen ${c.rng.int(2, 6)} metres.`,
    (c) =>
      `Rescue crews used boats to reach ${num(c.rng.int(40, 900))} people trapped in their homes in ${c.rng.pick(c.loc.villages)}. ${c.rng.pick(['Two', 'Three', 'Four'])} people were killed and ${c.rng.int(5, 40)} injured, according to the regional emergency service.`,
    (c) =>
      quote(
        c,
        `The water came up so fast. We moved the children upstairs and waited on the roof until the boats came at four in the morning`,
      ),
    (c) =>
      quote(
        c,
        `Our crews have been working around the clock. We ask people not to drive through flooded roads: most of the deaths in floods happen in cars`,
      ),
    (c) =>
      `About ${num(c.rng.int(20, 400) * 10)} residents spent the night in schools and sports halls turned into shelters. The Red Cross distributed ${num(c.rng.int(2, 30) * 1000)} blankets and hot meals.`,
    (c) =>
      `Insurers estimate the damage at ${money(c, 20, 900)}. Farmers in ${c.rng.pick(c.loc.areas)} said much of the harvest had been lost.`,
    (c) =>
      `The flood defences, built after severe flooding in ${yearsBack(c, 4, 15)}, were designed for a river level of ${c.rng.int(7, 10)} metres. Engineers said they were inspecting the embankments for damage.`,
    (c) =>
      `Landslides blocked ${c.rng.pick(NUMBER_WORDS)} roads into ${c.loc.city}, and rail services were suspended until at least ${c.rng.pick(['the weekend', 'next week', 'Monday'])}.`,
    (c) =>
      `Schools in ${c.rng.pick(c.loc.areas)} will stay closed until ${c.rng.pick(['Monday', 'the end of the week', 'further notice'])} while buildings are checked for damage and drinking water is tested.`,
    (c) =>
      quote(
        c,
        `We lost everything on the ground floor: the fridge, the furniture, the children's schoolbooks. The insurance will not cover half of it`,
      ),
    (c) =>
      `The government declared a state of emergency in ${c.rng.pick(NUMBER_WORDS)} municipalities on ${dayBefore(c, c.rng.int(0, 2))}, releasing ${money(c, 5, 150)} for immediate relief and allowing the army to help with evacuations.`,
    (c) =>
      `Climate scientists say heavy rainfall events in the region have become about ${c.rng.int(10, 40)} percent more intense since the 1980s, as a warmer atmosphere holds more moisture.`,
    (c) =>
      `Volunteers filled ${num(c.rng.int(5, 90) * 1000)} sandbags overnight in ${c.rng.pick(c.loc.villages)}, where the ${c.loc.river} came within ${c.rng.int(10, 60)} centimetres of the top of the embankment.`,
    (c) =>
      `Power was restored to most homes by ${weekdayBefore(c).replace(/^(last|on) /, '')} evening, the electricity company said, but about ${num(c.rng.int(1, 9) * 1000)} households in low-lying streets were still without electricity.`,
  ],
  sport: [
    (c) =>
      `The visitors took the lead in the ${c.rng.int(10, 40)}th minute through a header from a corner, but ${c.loc.city} equalised just before half-time when their captain curled a free kick into the top corner.`,
    (c) =>
      quote(
        c,
        `The players never stopped believing. We were tired in the last twenty minutes, but they kept running for each other`,
      ),
    (c) =>
      quote(c, `It was a cool morning, no wind, perfect for running. At 30 kilometres I knew the record was possible`),
    (c) =>
      `A crowd of ${num(c.rng.int(8, 60) * 1000)} watched the match at the stadium in ${c.rng.pick(c.loc.areas)}, the largest of the season.`,
    (c) =>
      `The club confirmed ${weekdayBefore(c)} that its top scorer would miss ${c.rng.pick(NUMBER_WORDS)} weeks with a hamstring injury sustained in training on ${dayBefore(c, c.rng.int(4, 12))}.`,
    (c) =>
      `The stadium would be financed by the club, the city and private investors, with ${money(c, 30, 200)} coming from public funds. Construction could begin in ${yearsBack(c, -2, -1)}.`,
    (c) =>
      `The women's race was won in 2:2${c.rng.int(0, 9)}:${pad(c.rng.int(0, 59))}, also a course record, by a runner who finished ${c.rng.pick(['second', 'third', 'fourth'])} in ${c.loc.city} a year ago.`,
    (c) =>
      `${c.loc.city} have won ${c.rng.int(3, 9)} of their last ${c.rng.int(10, 12)} matches and play their next game away on ${WEEKDAYS[c.rng.int(0, 6)]}.`,
    (c) =>
      `The winner had been ${c.rng.int(10, 40)} seconds behind the leaders at the halfway mark but moved clear on the long climb through ${c.rng.pick(c.loc.areas)}, running the second half in ${c.rng.int(61, 64)} minutes.`,
    (c) =>
      quote(
        c,
        `We have young players who grew up in this neighbourhood. When they score in front of their families, you see what the club means to the city`,
      ),
    (c) =>
      `Ticket prices for next season will rise by ${c.rng.int(3, 12)} percent, the club said, though season tickets for under-18s will stay at ${smallMoney(c, 60, 300)}.`,
    (c) =>
      `The sprinter trains at a public track in ${c.rng.pick(c.loc.areas)} with a coach who also teaches physical education at a local school. The federation has promised funding for a training camp before the championships.`,
    (c) =>
      `The referee showed ${c.rng.pick(['five', 'six', 'seven', 'eight'])} yellow cards and sent off a visiting defender in the ${c.rng.int(55, 80)}th minute for a second bookable offence.`,
    (c) =>
      `Attendance at women's league matches in ${c.loc.country} has risen ${c.rng.int(20, 80)} percent this season, and the final in ${c.loc.city} on ${dayBefore(c, c.rng.int(10, 30))} drew a record crowd of ${num(c.rng.int(5, 30) * 1000)}.`,
  ],
  markets: [
    (c) =>
      `The currency strengthened ${c.rng.int(0, 2)}.${c.rng.int(1, 9)} percent against the dollar, while yields on ten-year government bonds fell ${c.rng.int(5, 30)} basis points to ${c.rng.int(2, 9)}.${c.rng.int(10, 99)} percent.`,
    (c) =>
      quote(
        c,
        `Inflation is coming down faster than anyone expected in the spring. The question now is not whether the bank cuts, but when`,
      ),
    (c) =>
      quote(
        c,
        `Our members are still paying far more for energy and credit than their competitors abroad, and that shows up in the export numbers`,
      ),
    (c) =>
      `Annual inflation slowed to ${c.rng.int(2, 9)}.${c.rng.int(0, 9)} percent in ${MONTHS[new Date(c.pubDay - 35 * DAY_MS).getUTCMonth()]}, from ${c.rng.int(5, 14)}.${c.rng.int(0, 9)} percent a year earlier, according to figures released on ${dayBefore(c, c.rng.int(3, 10))}.`,
    (c) =>
      `Exports from ${c.rng.pick(c.loc.areas)} fell ${c.rng.int(2, 15)} percent in the first half of the year, with machinery, chemicals and farm produce hardest hit.`,
    (c) =>
      `Oil prices fell ${c.rng.int(1, 4)} percent ${weekdayBefore(c)}, easing pressure on transport and heating costs that have driven prices higher since ${yearsBack(c, 1, 3)}.`,
    (c) =>
      `Trading volumes on the exchange reached ${money(c, 100, 3000)}, about ${c.rng.int(10, 60)} percent above the daily average for the year.`,
    (c) =>
      `The bank's next rate decision is due on ${MONTHS[new Date(c.pubDay + 40 * DAY_MS).getUTCMonth()]} ${c.rng.int(1, 28)}. Economists polled by the chamber of commerce expect a cut of 25 basis points.`,
    (c) =>
      `Bank shares led the gains, with the largest lender up ${c.rng.int(2, 7)}.${c.rng.int(0, 9)} percent, while property developers rose for a ${c.rng.pick(['third', 'fourth', 'fifth'])} straight session.`,
    (c) =>
      quote(
        c,
        `Households are still cautious. Wages have only just started to catch up with prices, and people remember how quickly things went wrong`,
      ),
    (c) =>
      `Container traffic through ${c.loc.city} has grown by about ${c.rng.int(5, 20)} percent a year since ${yearsBack(c, 3, 6)}, helped by a new terminal that can handle the largest ships.`,
    (c) =>
      `The price of bread in ${c.loc.city} has risen ${c.rng.int(15, 60)} percent in two years, and cooking oil ${c.rng.int(20, 90)} percent, according to the statistics office's monthly survey of ${num(c.rng.int(300, 2000))} shops.`,
    (c) =>
      `The government's budget deficit is forecast at ${c.rng.int(1, 6)}.${c.rng.int(0, 9)} percent of economic output this year, and the finance ministry plans to sell ${money(c, 200, 5000)} of bonds in the next quarter.`,
    (c) =>
      `Farmers in ${c.rng.pick(c.loc.areas)} said the cost of fertiliser had doubled since ${yearsBack(c, 2, 3)}, and that many had planted less as a result.`,
  ],
  health: [
    (c) =>
      `Vaccination rates for children in ${c.rng.pick(c.loc.areas)} have fallen to ${c.rng.int(70, 88)} percent, well below the 95 percent needed to stop the virus spreading, officials said.`,
    (c) =>
      quote(
        c,
        `We are seeing children in intensive care with an illness we had almost forgotten. Every one of these cases was preventable`,
      ),
    (c) =>
      quote(
        c,
        `We are short of ${num(c.rng.int(80, 900))} nurses. The people who stay are exhausted, and patients feel it every day`,
      ),
    (c) =>
      `The health ministry said it would send ${c.rng.int(10, 60)} mobile teams to villages such as ${c.rng.pick(c.loc.villages)} and open vaccination points in shopping centres in ${c.loc.city} from ${MONTHS[new Date(c.pubDay + 10 * DAY_MS).getUTCMonth()]}.`,
    (c) =>
      `The average wait for a hip replacement at the district hospital is now ${c.rng.int(9, 30)} months, compared with ${c.rng.int(3, 8)} months in ${yearsBack(c, 4, 9)}.`,
    (c) =>
      `Hospital managers said ${num(c.rng.int(200, 3000))} appointments and ${c.rng.int(40, 400)} operations had been postponed during the strike on ${dayBefore(c, c.rng.int(0, 2))}. Emergency departments remained open.`,
    (c) =>
      `The clinic, funded with ${money(c, 1, 12)} from the regional government, will have ${c.rng.pick(NUMBER_WORDS)} doctors, a maternity ward and a pharmacy.`,
    (c) =>
      `Dengue cases in ${c.loc.city} reached ${num(c.rng.int(300, 9000))} in the first ${c.rng.pick(['three', 'four', 'six'])} months of the year, and ${c.rng.int(2, 30)} people have died, the health department reported ${weekdayBefore(c)}.`,
    (c) =>
      `Mental health services in ${c.rng.pick(c.loc.areas)} receive about ${c.rng.int(2, 6)} percent of the regional health budget, and young people wait on average ${c.rng.int(14, 40)} weeks for a first appointment.`,
    (c) => quote(c, `I waited eight months in pain. When they finally called, the operation took forty minutes`),
    (c) =>
      `The nurses' union is asking for a ${c.rng.int(8, 20)} percent pay rise and a limit on the number of patients each nurse looks after on a night shift. The government has offered ${c.rng.int(3, 6)} percent.`,
    (c) =>
      `Doctors in ${c.loc.city} said the number of patients admitted with heat exhaustion had doubled during the heatwave that began on ${dayBefore(c, c.rng.int(5, 15))}.`,
    (c) =>
      `Midwives in ${c.rng.pick(c.loc.villages)} delivered ${c.rng.int(40, 400)} babies last year in a building with no running water; the new maternity ward has ${c.rng.int(6, 30)} beds and two operating theatres.`,
    (c) =>
      `The health ministry said it had ordered ${num(c.rng.int(100, 2000) * 1000)} doses of vaccine and would publish weekly case numbers on its website until the outbreak is over.`,
  ],
};

/** Paragraphs that fit any story. */
const GENERIC: readonly Template[] = [
  (c) =>
    `The ${c.rng.pick(['regional', 'city', 'national'])} authorities said they would publish a full report by the end of ${MONTHS[new Date(c.pubDay + 60 * DAY_MS).getUTCMonth()]}.`,
  (c) =>
    `Local media in ${c.loc.city} reported the news on ${dayBefore(c, c.rng.int(0, 1))}, and officials confirmed it at a press conference later that day.`,
  (c) => quote(c, `We have been raising this problem for years. Nobody listened until now`),
  (c) => quote(c, `There is still a lot of work ahead of us, and we cannot do it alone`),
  (c) =>
    `The issue was first raised in ${yearsBack(c, 2, 7)}, when a report by the ${c.rng.pick(['national audit office', 'ombudsman', 'regional assembly'])} described the situation in ${c.rng.pick(c.loc.areas)} as critical.`,
  (c) =>
    `A similar case in ${c.rng.pick(c.loc.areas)} on ${pastDateWithYear(c)} led to changes in the rules, but critics say they have not been enforced.`,
  (c) =>
    `${c.loc.city}, a city of about ${num(c.rng.int(2, 400) * 10000)} people on the ${c.loc.river}, has seen its population grow by ${c.rng.int(3, 25)} percent over the past decade.`,
  (c) => `The ministry did not respond to a request for comment on ${dayBefore(c, c.rng.int(0, 1))}.`,
  (_c) => `Further details are expected in the coming days.`,
  (c) =>
    `Officials met representatives of residents in ${c.rng.pick(c.loc.areas)} ${weekdayBefore(c)} and promised a written answer to their questions within ${c.rng.pick(['two weeks', 'a month', 'ten days'])}.`,
  (c) => quote(c, `We understand people's frustration. But we have to do this properly, and that takes time`),
  (c) =>
    `The figures were published in a ${c.rng.int(40, 300)}-page report that also looked at ${c.rng.pick(['neighbouring regions', 'the past decade', 'comparable cities abroad'])}, and found the situation in ${c.loc.city} worse than average.`,
  (c) =>
    `In ${c.rng.pick(c.loc.villages)}, residents said little had changed. Several said they had heard about the decision only from neighbours or on the radio.`,
  (c) =>
    `The government has promised ${money(c, 5, 300)} over ${c.rng.pick(['three', 'four', 'five'])} years, but only a fraction has been spent so far, according to the ${c.rng.pick(['finance ministry', 'audit office', 'regional treasury'])}.`,
  (c) =>
    `Opposition politicians called for an inquiry. ${quote(c, `People deserve to know who decided what, and when`)}`,
  (c) =>
    `The story was first reported by a local radio station ${weekdayBefore(c)}, and has since been picked up by national broadcasters.`,
  (c) =>
    `A spokesperson for the governor's office said the matter would be discussed at the next cabinet meeting, scheduled for ${MONTHS[new Date(c.pubDay + 14 * DAY_MS).getUTCMonth()]}.`,
  (c) =>
    `On ${dayBefore(c, c.rng.int(2, 9))}, about ${num(c.rng.int(2, 90) * 100)} people marched through the centre of ${c.loc.city} to demand action, the largest protest in the city this year.`,
  (_c) => `This article will be updated as more information becomes available.`,
];

const HEADINGS: Record<Topic, readonly string[]> = {
  demining: ['What happened', 'Clearing the fields', 'The people who do the work', 'Funding', 'What comes next'],
  courts: ['The verdict', 'The evidence', 'Reaction', 'The background', 'What happens now'],
  council: ['The vote', 'What is in the plan', 'Objections', 'Paying for it', 'Next steps'],
  elections: ['The results', 'The campaign', 'On polling day', 'What the numbers say', 'What comes next'],
  floods: ['The flood', 'Rescue', 'Shelters and aid', 'The damage', 'Defences'],
  sport: ['The match', 'The race', 'In the dressing room', 'By the numbers', 'Looking ahead'],
  markets: ['The market', 'Rates and inflation', 'Exporters', 'What analysts say', 'The outlook'],
  health: ['The figures', 'On the wards', 'The response', 'Funding', 'What patients say'],
};

function paragraph(c: Ctx): string {
  // No paragraph template twice in one article until every one has been used.
  const pool = [...BODY[c.topic], ...GENERIC];
  if (c.usedTemplates.size >= pool.length) c.usedTemplates.clear();
  const index = c.rng.pick(pool.map((_, i) => i).filter((i) => !c.usedTemplates.has(i)));
  c.usedTemplates.add(index);
  return pool[index]!(c);
}

/** Occasional richer blocks: a list of key points or a block quotation. */
function extraBlock(c: Ctx): string | undefined {
  const r = c.rng.next();
  if (r < 0.04 && !c.used.has('list')) {
    c.used.add('list');
    return [
      `Key points:`,
      '',
      `- ${c.rng.pick(NUMBER_WORDS)} ${c.rng.pick(['districts', 'neighbourhoods', 'villages'])} affected, including ${c.rng.pick(c.loc.villages)}`,
      `- ${num(c.rng.int(100, 20000))} people directly concerned`,
      `- next review due on ${MONTHS[new Date(c.pubDay + 30 * DAY_MS).getUTCMonth()]} ${c.rng.int(1, 28)}`,
    ].join('\n');
  }
  if (r > 0.96 && !c.used.has('blockquote')) {
    c.used.add('blockquote');
    const who = source(c);
    return `${who.name}, ${who.role}, said in a statement:\n\n> We will not accept delays any longer. The people of ${c.loc.city} deserve answers, and they deserve them now.`;
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Frontmatter

const YAML_PLAIN = /^[\p{L}\p{N}][\p{L}\p{N} .,'’\-()&]*$/u;
const YAML_SPECIAL = /^(?:true|false|yes|no|on|off|null|~|[-+]?[\d.]+(?:e[-+]?\d+)?)$/i;

/** A YAML scalar: plain where that reads back as the same string, else double-quoted. */
function yamlString(text: string, inFlow = false): string {
  const plainOk = YAML_PLAIN.test(text) && !YAML_SPECIAL.test(text) && !(inFlow && /[,[\]{}]/.test(text));
  return plainOk ? text : JSON.stringify(text);
}

function yamlList(items: readonly string[], rng: Rng): string {
  if (rng.chance(0.5)) return ` [${items.map((item) => yamlString(item, true)).join(', ')}]`;
  return `\n${items.map((item) => `  - ${yamlString(item)}`).join('\n')}`;
}

/** Words that a headline's file name leaves out. */
const SLUG_STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'to',
  'for',
  'on',
  'as',
  'after',
  'with',
  'by',
]);

/** A file name from a headline: the site's slug of it, without stop words, at most `max` words. */
function slugWords(text: string, max: number): string {
  return slugify(text)
    .split('-')
    .filter((word) => word && !SLUG_STOP_WORDS.has(word))
    .slice(0, max)
    .join('-');
}

// ---------------------------------------------------------------------------
// Articles

/** Words in the body of a generated file, as the site counts them. */
export function bodyWordCount(text: string): number {
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  return countWords(body);
}

interface Rotation {
  authors: string[];
  tags: Map<Topic, string[]>;
  locations: Location[];
  general: string[];
  topicCount: Map<Topic, number>;
}

/**
 * `count` articles from `seed`. Authors, places and tags are handed out in rotation (in a
 * seed-shuffled order), so 200 articles or more use all 50 authors and all 200 tags.
 */
export function generateArticles({ count, seed = 1 }: GenerateArticlesOptions): GeneratedArticle[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0, got ${count}`);
  const setup = new Rng(seed ^ 0x5eed);
  const rotation: Rotation = {
    authors: setup.shuffle(AUTHORS),
    tags: new Map(TOPICS.map((t) => [t, setup.shuffle(TOPIC_TAGS[t])])),
    locations: setup.shuffle(LOCATIONS),
    general: setup.shuffle(GENERAL_TAGS),
    topicCount: new Map(),
  };
  const articles: GeneratedArticle[] = [];
  for (let i = 0; i < count; i++) {
    // Each article has its own stream, so article i is the same whatever the count.
    const rng = new Rng((Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b)) >>> 0);
    articles.push(generateOne(i, rng, rotation));
  }
  return articles;
}

function generateOne(index: number, rng: Rng, rotation: Rotation): GeneratedArticle {
  const number = index + 1;
  const loc = rotation.locations[index % rotation.locations.length]!;
  // Weighted: demining where the place has mines (the site's derived sections are made for it).
  const topic: Topic = loc.only
    ? rng.pick(loc.only)
    : loc.demining && rng.chance(0.55)
      ? 'demining'
      : rng.pick(TOPICS.filter((t) => t !== 'demining'));
  const nthOfTopic = rotation.topicCount.get(topic) ?? 0;
  rotation.topicCount.set(topic, nthOfTopic + 1);

  const published = pickPublication(rng, loc.zone);
  const pubDay = Date.UTC(+published.iso.slice(0, 4), +published.iso.slice(5, 7) - 1, +published.iso.slice(8, 10));
  const c: Ctx = { rng, loc, topic, pubDay, people: [], usedTemplates: new Set(), used: new Set() };

  const story = rng.pick(STORIES[topic])(c);
  const title = story.title;

  // Body: lead, then paragraphs until the target length, never past MAX_WORDS.
  const target = Math.round(MIN_WORDS + 20 + (MAX_WORDS - 50 - MIN_WORDS - 20) * rng.next() ** 1.8);
  const withHeadings = rng.chance(0.1);
  const blocks: string[] = [story.lead];
  let words = countWords(blocks[0]!);
  const headings = rng.shuffle(HEADINGS[topic]);
  let sinceHeading = 1;
  for (let tries = 0; words < target && tries < 200; tries++) {
    const block = extraBlock(c) ?? paragraph(c);
    let heading: string | undefined;
    if (withHeadings && headings.length > 0 && sinceHeading >= rng.int(2, 4)) heading = headings[0];
    const added = countWords(block) + (heading ? countWords(heading) : 0);
    if (words + added > MAX_WORDS) continue;
    if (heading) {
      blocks.push(`## ${heading}`);
      headings.shift();
      sinceHeading = 0;
    }
    blocks.push(block);
    words += added;
    sinceHeading++;
  }
  const firstHeading = HEADINGS[topic][0]!;
  if (withHeadings && !blocks.some((b) => b.startsWith('## ')) && words + countWords(firstHeading) <= MAX_WORDS) {
    // Short articles still get one heading of their own, before the second block.
    blocks.splice(1, 0, `## ${firstHeading}`);
  }

  // Bylines: every author in turn; about one article in seven has a second author.
  const authors = [rotation.authors[index % rotation.authors.length]!];
  if (rng.chance(0.15)) authors.push(rng.pick(rotation.authors.filter((a) => a !== authors[0])));

  // Tags: two of the topic's (in turn), the place, sometimes a general one (in turn).
  const topicTags = rotation.tags.get(topic)!;
  const tags = new Set([
    topicTags[(nthOfTopic * 2) % topicTags.length]!,
    topicTags[(nthOfTopic * 2 + 1) % topicTags.length]!,
  ]);
  tags.add(loc.country);
  if (TAG_SET.has(loc.city)) tags.add(loc.city);
  if (index % 3 === 0) tags.add(rotation.general[(index / 3) % rotation.general.length]!);
  if (rng.chance(0.3)) tags.add(rng.pick(TOPIC_TAGS[topic]));

  const slugBase = slugWords(title, 7) || topic;
  const ym = `${published.iso.slice(0, 4)}/${published.iso.slice(5, 7)}`;
  const explicitSlug = rng.chance(0.05);
  const fileSlug = explicitSlug ? `${topic}-story-${number}` : `${slugBase}-${number}`;
  const path = `${ym}/${fileSlug}.md`;

  const fm: string[] = ['---', `title: ${yamlString(title)}`];
  if (rng.chance(0.3)) fm.push(`description: ${yamlString(summary(c, title))}`);
  fm.push(`date: ${writtenDate(rng, published)}`);
  fm.push(`timezone: ${/^[+-]/.test(loc.zone) ? `"${loc.zone}"` : loc.zone}`);
  fm.push(`author:${authors.length === 1 ? ` ${yamlString(authors[0]!)}` : yamlList(authors, rng)}`);
  if (explicitSlug) fm.push(`slug: ${slugBase}-${number}`);
  const updated = rng.chance(0.15) ? pickUpdate(rng, loc.zone, published) : undefined;
  if (updated) fm.push(`updated: ${updated}`);
  fm.push(`tags:${yamlList([...tags], rng)}`);
  if (rng.chance(0.03)) {
    // An old address: an earlier slug, or the same slug on a corrected date.
    const slug = explicitSlug ? `${slugBase}-${number}` : fileSlug;
    const alias = rng.chance(0.5)
      ? `/${published.iso.slice(0, 4)}/${published.iso.slice(5, 7)}/${published.iso.slice(8, 10)}/first-report-${number}/`
      : `${previousDayPath(pubDay)}/${slug}/`;
    fm.push(`aliases:\n  - ${alias}`);
  }
  if (rng.chance(0.03)) fm.push('sections: false');
  fm.push('---');

  return { path, text: `${fm.join('\n')}\n\n${blocks.join('\n\n')}\n` };
}

function previousDayPath(pubDay: number): string {
  const d = new Date(pubDay - DAY_MS);
  return `/${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}`;
}

function summary(c: Ctx, title: string): string {
  const lead = c.rng.pick([
    `${title}.`,
    `What we know so far about the story in ${c.loc.city}.`,
    `The latest from ${c.loc.city}, ${c.loc.country}: ${title.charAt(0).toLowerCase()}${title.slice(1)}.`,
  ]);
  return lead;
}

/** An `updated:` time 1 hour to 3 days after publication, valid in `zone`, written like `date:`. */
function pickUpdate(rng: Rng, zone: string, published: DatePick): string | undefined {
  for (let attempt = 0; attempt < 20; attempt++) {
    const wall = published.wall + rng.int(12, 864) * 5 * 60_000;
    const iso = tryResolve(wall, zone);
    if (iso === undefined || Date.parse(iso) <= Date.parse(published.iso)) continue;
    return writtenDate(rng, { wall, iso });
  }
  return undefined;
}
