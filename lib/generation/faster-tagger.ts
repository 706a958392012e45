import nlp from "compromise";

/**
 * compromise's tagger ends with a sweep of about a thousand match rules over
 * each sentence (each comma-separated piece of one). To pick the rules worth
 * trying on a piece, the library walks every one of its ~730 rule keys and
 * copies the growing list of rules at each key the piece has: a quarter of the
 * tagger's time on a short article. Here the piece's own words and tags are
 * looked up instead, and the rules gathered in the library's key order, so the
 * same rules run in the same order and every tag comes out the same
 * (tests/unit/faster-tagger.test.ts compares the two on our fixture articles).
 * Only for the version this was checked against: another keeps the library's own.
 */
export const CHECKED_VERSION = "14.17.0";

interface Rule {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}
interface Net {
  hooks: Record<string, Rule[]>;
  always: Rule[];
}
type Term = object;
interface Methods {
  one: {
    cacheDoc: (document: Term[][]) => Set<string>[];
    match: (docs: Term[][], rule: Rule) => { ptrs: number[][] };
    bulkMatch: BulkMatch;
  };
}
type Found = Rule & { pointer: number[] };
type BulkMatch = (document: Term[][], net: Net, methods: Methods, opts?: { matchOne?: boolean }) => Found[];

// Each net's rule keys in the library's order (Object.keys), and a number for each rule's match text (the library keeps
// one rule per text), worked out once per net.
interface NetIndex {
  keyOrder: Map<string, number>;
  /** Each key's rules' numbers, in the order of its rules (looked up once here, not once per rule per piece). */
  idsAt: Map<string, Uint32Array>;
  /** The sweep that last gathered each text; a piece's sweeps are numbered, so nothing is cleared between pieces. */
  gathered: Uint32Array;
  sweep: number;
}
const indexes = new WeakMap<Record<string, Rule[]>, NetIndex>();
function netIndexOf(hooks: Record<string, Rule[]>): NetIndex {
  let index = indexes.get(hooks);
  if (!index) {
    const ids = new Map<string, number>();
    const idOf = new Map<Rule, number>();
    for (const rules of Object.values(hooks)) {
      for (const rule of rules) {
        let id = ids.get(rule.match);
        if (id === undefined) ids.set(rule.match, (id = ids.size));
        idOf.set(rule, id);
      }
    }
    const keyOrder = new Map(Object.keys(hooks).map((key, i) => [key, i]));
    const idsAt = new Map(Object.entries(hooks).map(([key, rules]) => [key, Uint32Array.from(rules, (rule) => idOf.get(rule)!)]));
    indexes.set(hooks, (index = { keyOrder, idsAt, gathered: new Uint32Array(ids.size), sweep: 0 }));
  }
  return index;
}

/**
 * The rules worth trying on a piece: those at every key it has (a word, a tag), in key order, each text once (its first
 * rule), kept when the piece meets its needs, "if no" and wants, and has enough words.
 */
function rulesFor(has: Set<string>, hooks: Record<string, Rule[]>, words: number): Rule[] {
  const index = netIndexOf(hooks);
  const keys: [number, string][] = [];
  for (const item of has) {
    const at = index.keyOrder.get(item);
    if (at !== undefined) keys.push([at, item]);
  }
  keys.sort((a, b) => a[0] - b[0]);
  if (++index.sweep === 0xffffffff) {
    index.gathered.fill(0);
    index.sweep = 1;
  }
  const sweep = index.sweep;
  const rules: Rule[] = [];
  for (const [, key] of keys) {
    const atKey = hooks[key]!;
    const ids = index.idsAt.get(key)!;
    for (let r = 0; r < atKey.length; r++) {
      const id = ids[r]!;
      if (index.gathered[id] === sweep) continue;
      index.gathered[id] = sweep;
      const rule = atKey[r]!;
      if (fits(rule, has) && words >= rule.minWords) rules.push(rule);
    }
  }
  return rules;
}

function fits(rule: Rule, has: Set<string>): boolean {
  for (const need of rule.needs) if (!has.has(need)) return false;
  if (rule.ifNo !== undefined) for (const no of rule.ifNo) if (has.has(no)) return false;
  if (rule.wants.length === 0) return true;
  let wanted = 0;
  for (const want of rule.wants) if (has.has(want)) wanted++;
  return wanted >= rule.minWant;
}

const fasterBulkMatch: BulkMatch = (document, net, methods, opts = {}) => {
  const caches = methods.one.cacheDoc(document);
  const found: Found[] = [];
  for (let n = 0; n < document.length; n++) {
    const has = caches[n]!;
    const words = document[n]!.length;
    // The library's tests, in its order: every need met, no "if no" present, enough wants, enough words.
    const rules = rulesFor(has, net.hooks, words);
    for (const rule of net.always) if (words >= rule.minWords) rules.push(rule);
    for (const rule of rules) {
      const { ptrs } = methods.one.match([document[n]!], rule);
      if (ptrs.length === 0) continue;
      for (const pointer of ptrs) {
        pointer[0] = n;
        found.push({ ...rule, pointer });
      }
      if (opts.matchOne === true) return [found[0]!];
    }
  }
  return found;
};

const methods = nlp.methods() as Methods;
/** The library's own sweep, kept for the test that compares the two. */
export const libraryBulkMatch: BulkMatch = methods.one.bulkMatch;

/** Switches compromise to the faster sweep (true), or back to its own (false). */
export function switchFasterTagger(on: boolean): boolean {
  const active = on && nlp.version === CHECKED_VERSION;
  methods.one.bulkMatch = active ? fasterBulkMatch : libraryBulkMatch;
  return active;
}

switchFasterTagger(true);
