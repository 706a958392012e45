import type { SpanType } from "./types";

/**
 * An offline gazetteer for distractors and for typing names the rules miss.
 * `from`/`to` bound the years an entry existed under that name, so a question
 * about 1956 never offers a country founded in 1991. `group` narrows people and
 * places to ones of the same kind (a Japanese prime minister for a Japanese
 * prime minister).
 */
export interface GazetteerEntry {
  name: string;
  type: SpanType;
  group?: string;
  from?: number;
  to?: number;
  aliases?: string[];
}

const country = (name: string, from?: number, to?: number, aliases?: string[]): GazetteerEntry => ({ name, type: "COUNTRY", from, to, aliases });
const city = (name: string, group = "capital"): GazetteerEntry => ({ name, type: "CITY", group });
const person = (name: string, group: string, from?: number, to?: number): GazetteerEntry => ({ name, type: "PERSON", group, from, to });
const place = (name: string, group: string): GazetteerEntry => ({ name, type: "PLACE", group });
const org = (name: string, from?: number, to?: number, aliases?: string[]): GazetteerEntry => ({ name, type: "ORG", from, to, aliases });
const event = (name: string, from: number, to: number): GazetteerEntry => ({ name, type: "EVENT", group: "war", from, to });
const term = (name: string, group: string, from?: number): GazetteerEntry => ({ name, type: "TERM", group, from });

export const GAZETTEER: GazetteerEntry[] = [
  country("Soviet Union", 1922, 1991, ["USSR"]),
  country("Japan"),
  country("China"),
  country("United States", 1776, undefined, ["USA", "U.S.", "US", "America", "United States of America"]),
  country("United Kingdom", 1801, undefined, ["Britain", "Great Britain", "UK", "U.K."]),
  country("France"),
  country("India", 1947),
  country("Italy", 1861),
  country("Spain"),
  country("Canada", 1867),
  country("Australia", 1901),
  country("Mexico", 1821),
  country("Brazil", 1822),
  country("Argentina", 1816),
  country("Egypt", 1922),
  country("Turkey", 1923),
  country("Iran"),
  country("Poland", 1918),
  country("West Germany", 1949, 1990),
  country("East Germany", 1949, 1990),
  country("Germany", 1990),
  country("South Korea", 1948),
  country("North Korea", 1948),
  country("Vietnam", 1976),
  country("Indonesia", 1945),
  country("Philippines", 1946),
  country("Mongolia", 1921),
  country("Russia", 1991),
  country("Ukraine", 1991),
  country("Kazakhstan", 1991),
  country("Sweden"),
  country("Norway", 1905),
  country("Greece", 1830),
  country("Portugal"),
  country("Netherlands"),
  country("Nigeria", 1960),
  country("Kenya", 1963),
  country("South Africa", 1910),
  city("Moscow"),
  city("Tokyo"),
  city("Beijing"),
  city("Washington"),
  city("London"),
  city("Paris"),
  city("Berlin"),
  city("Rome"),
  city("Madrid"),
  city("New Delhi"),
  city("Ottawa"),
  city("Canberra"),
  city("Cairo"),
  city("Warsaw"),
  city("Stockholm"),
  city("Geneva", "city"),
  city("Vienna"),
  city("Seoul"),
  city("Athens"),
  city("Lisbon"),
  city("Leningrad", "city"),
  city("Osaka", "city"),
  city("Kyoto", "city"),
  city("San Francisco", "city"),
  city("New York", "city"),
  place("Kuril Islands", "islands"),
  place("Aleutian Islands", "islands"),
  place("Ryukyu Islands", "islands"),
  place("Bonin Islands", "islands"),
  place("Sakhalin", "islands"),
  place("Hokkaido", "islands"),
  place("Okinawa", "islands"),
  place("Falkland Islands", "islands"),
  place("Canary Islands", "islands"),
  // Continents: a place, never a person ("Europe took note" is not someone acting), offered only among continents.
  place("Africa", "continent"),
  place("Asia", "continent"),
  place("Europe", "continent"),
  place("North America", "continent"),
  place("South America", "continent"),
  place("Antarctica", "continent"),
  place("East Asia", "region"),
  place("Southeast Asia", "region"),
  place("Central Asia", "region"),
  place("Western Europe", "region"),
  place("Eastern Europe", "region"),
  place("Middle East", "region"),
  place("North Africa", "region"),
  place("Latin America", "region"),
  place("Pacific Ocean", "ocean"),
  place("Atlantic Ocean", "ocean"),
  place("Indian Ocean", "ocean"),
  place("Arctic Ocean", "ocean"),
  place("Sea of Japan", "sea"),
  place("Baltic Sea", "sea"),
  place("Black Sea", "sea"),
  place("Mediterranean Sea", "sea"),
  person("Ichiro Hatoyama", "japan-pm", 1954, 1956),
  person("Shigeru Yoshida", "japan-pm", 1946, 1954),
  person("Tanzan Ishibashi", "japan-pm", 1956, 1957),
  person("Nobusuke Kishi", "japan-pm", 1957, 1960),
  person("Hayato Ikeda", "japan-pm", 1960, 1964),
  person("Eisaku Sato", "japan-pm", 1964, 1972),
  person("Kijuro Shidehara", "japan-pm", 1945, 1946),
  person("Nikita Khrushchev", "soviet-leader", 1953, 1964),
  person("Joseph Stalin", "soviet-leader", 1924, 1953),
  person("Georgy Malenkov", "soviet-leader", 1953, 1955),
  person("Nikolai Bulganin", "soviet-leader", 1955, 1958),
  person("Leonid Brezhnev", "soviet-leader", 1964, 1982),
  person("Dwight Eisenhower", "us-president", 1953, 1961),
  person("Harry Truman", "us-president", 1945, 1953),
  person("John F. Kennedy", "us-president", 1961, 1963),
  person("Franklin Roosevelt", "us-president", 1933, 1945),
  person("Winston Churchill", "uk-pm", 1940, 1955),
  person("Anthony Eden", "uk-pm", 1955, 1957),
  person("Clement Attlee", "uk-pm", 1945, 1951),
  person("Harold Macmillan", "uk-pm", 1957, 1963),
  org("United Nations", 1945, undefined, ["UN"]),
  org("League of Nations", 1920, 1946),
  org("NATO", 1949),
  org("Warsaw Pact", 1955, 1991),
  org("European Economic Community", 1957, 1993),
  org("European Union", 1993, undefined, ["EU"]),
  org("World Health Organization", 1948, undefined, ["WHO"]),
  org("Red Cross", 1863),
  // Planets (Uranus found 1781, Neptune 1846) and elements (with the year each was isolated, when recent).
  // "Earth" is left out: "on Earth" is everyday speech, not a planet to quiz on.
  ...["Mercury", "Venus", "Mars", "Jupiter", "Saturn"].map((p) => term(p, "planet")),
  term("Uranus", "planet", 1781),
  term("Neptune", "planet", 1846),
  // Only names that are never ordinary words ("lead", "iron", "mercury" are left out).
  ...["hydrogen", "carbon", "nitrogen", "sulfur", "copper", "zinc", "chlorine", "potassium"].map((e) => term(e, "element")),
  term("oxygen", "element", 1774),
  term("helium", "element", 1868),
  term("sodium", "element", 1807),
  term("calcium", "element", 1808),
  term("aluminium", "element", 1825),
  term("uranium", "element", 1789),
  term("neon", "element", 1898),
  event("World War I", 1914, 1918),
  event("World War II", 1939, 1945),
  event("Korean War", 1950, 1953),
  event("Cold War", 1947, 1991),
  event("Vietnam War", 1955, 1975),
  event("Russo-Japanese War", 1904, 1905),
];

// The sorts of element a reader tells apart at a glance: copper, zinc and aluminium are what roofs and pipes are
// made of, sodium or uranium never (an element key is offered only elements of its own sort; too few, no choice form).
const ELEMENT_SORT: Record<string, string> = {
  copper: "building metal", zinc: "building metal", aluminium: "building metal",
  sodium: "reactive metal", potassium: "reactive metal", calcium: "reactive metal",
  uranium: "radioactive metal",
  hydrogen: "gas", oxygen: "gas", nitrogen: "gas", helium: "gas", neon: "gas", chlorine: "gas",
  carbon: "non-metal solid", sulfur: "non-metal solid",
};

/** The sort of an element ("building metal", "gas"), or undefined for anything else. */
export function elementSortOf(name: string): string | undefined {
  return ELEMENT_SORT[name.toLowerCase()];
}

/** Does the entry exist (under that name) in the given year? */
export function existedIn(entry: GazetteerEntry, year: number | null): boolean {
  if (year === null) return true;
  return (entry.from ?? -Infinity) <= year && year <= (entry.to ?? Infinity);
}

// The part of the world each country lies in: a distractor from another continent is ruled out at a glance.
const REGIONS: Record<string, string[]> = {
  europe: ["Soviet Union", "United Kingdom", "France", "Italy", "Spain", "Poland", "West Germany", "East Germany", "Germany", "Russia", "Ukraine", "Sweden", "Norway", "Greece", "Portugal", "Netherlands"],
  asia: ["Japan", "China", "India", "South Korea", "North Korea", "Vietnam", "Indonesia", "Philippines", "Mongolia", "Kazakhstan", "Iran", "Turkey"],
  americas: ["United States", "Canada", "Mexico", "Brazil", "Argentina"],
  africa: ["Egypt", "Nigeria", "Kenya", "South Africa"],
  oceania: ["Australia"],
};
// The cities the gazetteer offers, by the same parts of the world: no Tokyo among the options for a playhouse in London.
const CITY_REGIONS: Record<string, string[]> = {
  europe: ["Moscow", "London", "Paris", "Berlin", "Rome", "Madrid", "Warsaw", "Stockholm", "Geneva", "Vienna", "Athens", "Lisbon", "Leningrad"],
  asia: ["Tokyo", "Beijing", "New Delhi", "Seoul", "Osaka", "Kyoto"],
  americas: ["Washington", "Ottawa", "San Francisco", "New York"],
  africa: ["Cairo"],
  oceania: ["Canberra"],
};
// The country each city lies in (a capital moved or a border redrawn gives two): "silk from Japan" is no false swap
// for "silk from China" in a statement about merchants in Osaka.
const CITY_COUNTRIES: Record<string, string[]> = {
  moscow: ["Soviet Union", "Russia"], leningrad: ["Soviet Union", "Russia"], tokyo: ["Japan"], osaka: ["Japan"], kyoto: ["Japan"],
  beijing: ["China"], washington: ["United States"], "san francisco": ["United States"], "new york": ["United States"],
  london: ["United Kingdom"], paris: ["France"], berlin: ["Germany", "East Germany", "West Germany"], rome: ["Italy"], madrid: ["Spain"],
  "new delhi": ["India"], ottawa: ["Canada"], canberra: ["Australia"], cairo: ["Egypt"], warsaw: ["Poland"], stockholm: ["Sweden"],
  geneva: ["Switzerland"], vienna: ["Austria"], seoul: ["South Korea"], athens: ["Greece"], lisbon: ["Portugal"],
};
// The parts of a continent each country lies in (some lie in two): "East Asia" holds Japan, "Southeast Asia" does not.
const COUNTRY_PARTS: Record<string, string[]> = {
  "east asia": ["Japan", "China", "South Korea", "North Korea", "Mongolia"],
  "southeast asia": ["Vietnam", "Indonesia", "Philippines"],
  "south asia": ["India"],
  "central asia": ["Kazakhstan", "Mongolia"],
  "middle east": ["Iran", "Turkey", "Egypt"],
  "western europe": ["United Kingdom", "France", "Spain", "Portugal", "Netherlands", "West Germany", "Germany", "Italy"],
  "eastern europe": ["Poland", "Soviet Union", "Russia", "Ukraine", "East Germany"],
  "northern europe": ["Sweden", "Norway", "United Kingdom"],
  "southern europe": ["Italy", "Spain", "Portugal", "Greece"],
  "north africa": ["Egypt"],
  "east africa": ["Kenya"],
  "west africa": ["Nigeria"],
  "southern africa": ["South Africa"],
  "north america": ["United States", "Canada", "Mexico"],
  "central america": ["Mexico"],
  "latin america": ["Mexico", "Brazil", "Argentina"],
  "south america": ["Brazil", "Argentina"],
};

/** The countries a city the gazetteer knows lies in (by its name or an alias); empty when it does not know. */
export function countriesOfCity(name: string): string[] {
  const entry = lookupEntry(name);
  return entry?.type === "CITY" ? (CITY_COUNTRIES[entry.name.toLowerCase()] ?? []) : [];
}

/** The parts of a continent ("east asia", "western europe") a country or city the gazetteer knows lies in; undefined when it does not know. */
export function partsOf(name: string): string[] | undefined {
  const entry = lookupEntry(name);
  if (!entry) return undefined;
  const countries = entry.type === "CITY" ? countriesOfCity(entry.name) : entry.type === "COUNTRY" ? [entry.name] : [];
  const parts = Object.keys(COUNTRY_PARTS).filter((part) => countries.some((c) => COUNTRY_PARTS[part]!.includes(c)));
  return parts.length ? parts : undefined;
}

const REGION_OF = new Map([REGIONS, CITY_REGIONS].flatMap((table) => Object.entries(table).flatMap(([region, names]) => names.map((n) => [n.toLowerCase(), region] as const))));

/** The region of a country or city the gazetteer knows, by its name or an alias. */
export function regionOf(name: string): string | undefined {
  const entry = lookupEntry(name);
  return entry ? REGION_OF.get(entry.name.toLowerCase()) : undefined;
}

/** The gazetteer entry for a name or one of its aliases. */
const BY_NAME = new Map(GAZETTEER.flatMap((e) => [e.name, ...(e.aliases ?? [])].map((n) => [n.toLowerCase(), e] as const)));

export function lookupEntry(name: string): GazetteerEntry | undefined {
  return BY_NAME.get(name.toLowerCase());
}
