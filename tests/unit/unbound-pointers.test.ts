import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pointsOutside } from "@/lib/generation/check-stems";
import { findDefinitions } from "@/lib/generation/find-definitions";
import { findSpans } from "@/lib/generation/find-spans";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { findDatedEvents } from "@/lib/generation/make-timeline";
import { parseArticle } from "@/lib/generation/parse-article";
import { dangles, tagged } from "@/lib/generation/question-stems";
import { beginArticle, notePersonNames, noteWordTags, seenWordTags } from "@/lib/generation/seen-word-tags";

// Sentences and articles of our own, on invented topics: a stem cut from its article must not lean on a thing, a person
// or a list that only the sentence before named.

describe("a thing's 'it' with nothing in the stem it could mean", () => {
  it("is refused after a subject that cannot be its own object, a people, or a time", () => {
    expect(dangles("In 1410 the Varn traders passed through it on their way to the coast.")).toBe(true);
    expect(dangles("In _____ Orla Benn was told not to teach it, but in 1432 she wrote a book that praised it.")).toBe(true);
    expect(dangles("Thousands of masons, farmers and convicts were made to work on it.")).toBe(true);
    expect(dangles("In _____ the Varn traders camped outside its gates.")).toBe(true);
    expect(dangles("Four monks were still living there on the night it was burned.")).toBe(true);
    expect(dangles("Shepherds had long grazed flocks near it, yet the wider world heard of it when the surveyor Tam Hollis mapped it.")).toBe(true);
  });

  it("stands when a noun before it can be what it means, or when the 'it' stands for nothing", () => {
    expect(dangles("The lantern burned for three nights before it went out.")).toBe(false);
    expect(dangles("The guild fined its members who sold bread after dark.")).toBe(false);
    expect(dangles("The Northern Isles Company was founded in _____, when its charter was signed.")).toBe(false);
    expect(dangles("The lack of rain made it hard to grow wheat in the valley.")).toBe(false);
    expect(dangles("The ferry sank in the storm, and it was some days before the divers reached it.")).toBe(false);
    expect(dangles("Varn's harbour froze over, and the council made it the winter market.")).toBe(false);
    // (The tagger reads a city after a first name as a surname.)
    expect(dangles("Under Augustus, Rome grew rich, and its harbour held a hundred ships.")).toBe(false);
    expect(dangles("The settlers soon learned it was dangerous to cross the ice in spring.")).toBe(false);
    expect(dangles("By 1790 the farmers found that it had become cheaper to ship wool by barge.")).toBe(false);
    expect(dangles("In _____ the tolls fell, and it became possible to ship wool to Tull in a day.")).toBe(false);
  });

  it("refuses a stem whose added lead-in sentence has the unbound 'it'", () => {
    expect(pointsOutside("Four monks were still living there on the night it was burned. Its abbot was _____.")).toBe(true);
    expect(pointsOutside("The abbey of Corra burned in 1201. Its abbot was _____.")).toBe(false);
  });
});

describe("a 'his' or 'her' with no one named before it", () => {
  it("is not bound by a word capitalised only because it opens the stem", () => {
    expect(dangles("Around _____, his daughter Ilse Marr reached the southern cape.")).toBe(true);
    expect(dangles("Eventually her brother sold the mill.")).toBe(true);
    expect(dangles("Around that time, Odo Marr and his daughter reached the southern cape.")).toBe(false);
  });

  it("is bound by a surname the word list also knows as another word, wherever it stands", () => {
    expect(dangles("Tolly led his men into the old fort in 1716.")).toBe(false);
    expect(dangles("Young led his followers over the pass in 1847.")).toBe(false);
    expect(dangles("In _____ the poet Hardy published his last book.")).toBe(false);
  });

  it("is not bound by a body named after the opening phrase", () => {
    expect(dangles("After her death, Parliament passed the act.")).toBe(true);
    expect(dangles("Despite his protests, Congress approved the budget.")).toBe(true);
  });

  it("is not bound by a name of the other sex after the opening phrase", () => {
    expect(dangles("After her death, Henry married Jane Seymour.")).toBe(true);
    expect(dangles("On his return, Mary crowned the new bishop.")).toBe(true);
    expect(dangles("After her husband died, Edward seized the lands.")).toBe(true);
    expect(dangles("After her return, Mary crowned the new bishop.")).toBe(false);
    // Nor by a name the tagger reads as an institution's.
    expect(dangles("After her death, Unesco listed the old mill.")).toBe(true);
  });

  it("is answered again when the article's word tags change, never carried from one article to the next (also by pointsOutside)", () => {
    const stem = "After her long illness, Orvel sold the mill.";
    beginArticle();
    noteWordTags("Orvel", ["Noun", "ProperNoun", "Person", "FirstName", "MaleName"]);
    expect(dangles(stem)).toBe(true);
    expect(pointsOutside(stem)).toBe(true);
    beginArticle();
    noteWordTags("Orvel", ["Noun", "ProperNoun", "Person", "FirstName", "FemaleName"]);
    expect(dangles(stem)).toBe(false);
    expect(pointsOutside(stem)).toBe(false);
    // Within one article too: a word's tags noted after the first answer.
    noteWordTags("Orvel", ["Noun", "ProperNoun", "Person", "FirstName", "MaleName"]);
    expect(dangles(stem)).toBe(true);
    expect(pointsOutside(stem)).toBe(true);
    beginArticle();
  });

  it("may name whoever the clause opens on after the opening phrase", () => {
    expect(dangles("Together with her two cousins, Ilse slipped out of the camp.")).toBe(false);
    expect(dangles("Together with her two cousins, the girl slipped out of the camp.")).toBe(true);
  });
});

describe("an ordinal standing alone for one of a list named before", () => {
  it("points outside the stem ('The second is …')", () => {
    expect(pointsOutside("The second is the husk, which keeps the seed dry.")).toBe(true);
    expect(pointsOutside("The first was dug by hand in 1820.")).toBe(true);
    expect(pointsOutside("The first settlers dug the canal by hand in 1820.")).toBe(false);
  });

  it("is no term a definition asks for", () => {
    const { sentences } = parseArticle(`Parts of a Seed

A seed has three parts. The first is a husk, a hard shell which keeps the seed dry and safe from insects. The second is the germ, which grows into the new plant.`);
    expect(findDefinitions(sentences).map((d) => d.term)).not.toContain("first");
    expect(findDefinitions(sentences).map((d) => d.question).join(" ")).not.toMatch(/What is a husk/);
  });
});

describe("another name for a plural subject", () => {
  it("asks 'What are … called?'", () => {
    const { sentences } = parseArticle(`River Traders

Varn traders, sometimes called the Osk, sailed the long rivers to reach the salt markets of the south. The Old Bridge, also called the Grey Span, crosses the river at Tull.`);
    const questions = findDefinitions(sentences).map((d) => d.question);
    expect(questions).toContain("What are Varn traders also called?");
    expect(questions).toContain("What is the Old Bridge also called?");
  });
});

describe("a timeline item read alone", () => {
  const text = `The Harl Canal

The Harl Canal links the river Tull to the sea at Orm. Work on the first cut began in 1702 under the engineer Bram Tessel. In 1731 the Varn traders passed through it on their way to the salt markets. A survey made by the harbour board in 1760, which counted every lock and bridge, gave the canal a new toll. The canal closed to barges in 1815 after the railway reached Orm. The board sold the last barges in 1822.`;

  it("keeps the main verb of an event with an aside inside it", () => {
    const { sentences } = parseArticle(text);
    const events = findDatedEvents(sentences, sentences.map((s) => findSpans(s.text, s.start, []))).map((e) => e.text);
    expect(events).toContain("A survey made by the harbour board gave the canal a new toll");
    expect(events).not.toContain("A survey made by the harbour board");
  });

  it("cuts an aside after the object with the rest of the sentence: its verbs are the aside's own", () => {
    const { sentences } = parseArticle(`The Town Hall of Orm

In 1851 the council built a new hall, which held 500 people, opened a library and hired a keeper. In 1830 the railway reached the town, which brought visitors, filled the inns and ended the trade of the barges.`);
    const events = findDatedEvents(sentences, sentences.map((s) => findSpans(s.text, s.start, []))).map((e) => e.text);
    expect(events).toEqual(expect.arrayContaining(["The council built a new hall", "The railway reached the town"]));
    expect(events.join(" | ")).not.toMatch(/hall opened|town filled/);
  });

  it("shows no question or item with that 'it' unbound", () => {
    for (const seed of [1, 2, 3]) {
      const { questions } = generateQuestions(text, { count: 10, seed });
      const shown = questions.flatMap((q) => [q.prompt, ...(q.type === "ORDERING" || q.type === "MATCHING" ? q.options.map((o) => o.text) : [])]);
      expect(shown.filter((s) => /(?:In _____ )?the Varn traders passed through it/i.test(s))).toEqual([]);
    }
  });
});

describe("a stem shown after the sentence before, which settles its 'it'", () => {
  it("is shown whole where that sentence names one thing", () => {
    const text = `The Harl Canal

The Harl Canal links the river Tull to the sea at Orm. The canal opened in 1702. In 1731 the Varn traders passed through it on their way to the salt markets. The canal closed to barges in 1815 after the railway reached Orm. The board sold the last barges in 1822.`;
    const prompts = [1, 2, 3].flatMap((seed) => generateQuestions(text, { count: 10, seed }).questions.map((q) => q.prompt));
    expect(prompts).toContain("The canal opened in 1702. In _____ the Varn traders passed through it on their way to the salt markets.");
  });

  it("is refused where that sentence names two things the 'it' could be", () => {
    const text = `The Orm Canal

The Orm Canal carried coal from the hills to the sea. Barges were pulled by horses along a towpath. The last barge on the canal was the Grey Swan. In 1830 the company drained it and laid a track along its bed. The track carried coal trains until 1902.`;
    for (const seed of [1, 2, 3]) {
      const prompts = generateQuestions(text, { count: 10, seed }).questions.map((q) => q.prompt);
      expect(prompts.filter((p) => /drained it/.test(p))).toEqual([]);
    }
  });
});

describe("a name given before, pointed at by 'called this'", () => {
  it("is no term ('are called this as …')", () => {
    const text = "Makers are the plants and algae of a pond, and they are called this as they make their own food.";
    expect(findSpans(text).filter((s) => s.type === "TERM" && /^this\b/.test(s.text))).toEqual([]);
    expect(findSpans("Tiny pores called stomata let gases in.").filter((s) => s.type === "TERM").map((s) => s.text)).toContain("stomata");
  });
});

describe("a superlative with no noun, renamed", () => {
  it("is not asked 'What is the largest also called?', while a named thing is", () => {
    const [sentence] = parseArticle("Three Barrows\n\nThe largest, also called the King's Mound, stands on the ridge above the river.").sentences;
    expect(findDefinitions([sentence!]).map((d) => d.question)).not.toContain("What is the largest also called?");
    const [named] = parseArticle("Three Barrows\n\nThe Long Barrow, also called the King's Mound, stands on the ridge above the river.").sentences;
    expect(findDefinitions([named!]).map((d) => d.question)).toContain("What is the Long Barrow also called?");
  });
});

describe("a bare count as a clause's subject", () => {
  it("points outside ('Many died'), while a counted noun or 'of …' names what is counted", () => {
    expect(pointsOutside("Today hundreds are held each spring.")).toBe(true);
    expect(pointsOutside("Many died in the fire that winter.")).toBe(true);
    expect(pointsOutside("Both reached the top before noon.")).toBe(true);
    expect(pointsOutside("Many people died in the fire that winter.")).toBe(false);
    expect(pointsOutside("Most of the crew survived the wreck.")).toBe(false);
    expect(pointsOutside("Thousands of pilgrims came to the shrine.")).toBe(false);
    // The word after the count read in its clause: a describing word or a plural noun, no verb.
    expect(pointsOutside("Many weaving families moved to the mill towns.")).toBe(false);
    expect(pointsOutside("Few marshes were drained before the war.")).toBe(false);
  });
});

describe("the word tags the stem checks read", () => {
  it("are noted from the article's sentences, never from a stem's or statement's own parse", () => {
    beginArticle();
    noteWordTags("Marsh", ["Noun", "ProperNoun", "Singular"]);
    tagged("Marsh land lay below the old town of Tarn.");
    expect(seenWordTags("Marsh")).toEqual(["Noun", "ProperNoun", "Singular"]);
  });

  it("read the words of the article's people's names as a person's, but not a pronoun in a name", () => {
    beginArticle();
    noteWordTags("Osric", ["Noun", "Singular"]);
    noteWordTags("He", ["Noun", "Pronoun"]);
    notePersonNames(["Osric Vell", "Lu He"]);
    expect(seenWordTags("Osric")).toContain("Person");
    expect(seenWordTags("Vell")).toContain("Person");
    expect(seenWordTags("He")).not.toContain("Person");
  });

  it("are the article's own: an article gets the same questions whatever was generated before it", () => {
    const dir = path.resolve(__dirname, "../fixtures/articles");
    const files = fs.readdirSync(dir).sort();
    const questionsOf = (f: string) => JSON.stringify(generateQuestions(fs.readFileSync(path.join(dir, f), "utf8"), { count: 10, seed: 1 }).questions);
    const forward = new Map(files.map((f) => [f, questionsOf(f)]));
    const differing = [...files].reverse().filter((f) => questionsOf(f) !== forward.get(f));
    expect(differing).toEqual([]);
  }, 180_000);
});
