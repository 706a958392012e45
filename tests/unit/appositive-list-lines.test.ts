import { describe, expect, it } from "vitest";
import { appositiveLine } from "@/lib/generation/appositive-lines";
import { findLabelledLines, makeLabelMatching, makeLabelQuestion } from "@/lib/generation/make-label-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { createRandom } from "@/lib/generation/random";

// A study guide whose cast is a bulleted list of "Name, a description" lines after "The main characters include:".
// The novel, its people and its town are invented.
const novel = [
  "The Salt Road",
  "",
  "The Salt Road is a novel by the invented writer Pell Arnaud, published in 1931. It follows a family of carters in the hill town of Vess.",
  "",
  "The story is told by Nella Brask, who looks back on one hard winter. The main characters include:",
  "- Orrin Brask, a patient carter who teaches his daughter to read the weather.",
  "- Tamsin Vey, a clever girl who runs the mill for her blind uncle.",
  "- Corwin Hale, a greedy merchant who buys up the winter's salt.",
  "- Ida Lusk, an old healer who lives alone beyond the river.",
  "- Fennick Lusk, a quiet boatman, and his brother Rollo.",
  "",
  "In its opening part the novel follows the carters over the pass. Orrin Brask loses a wagon in the snow, and Tamsin Vey hides the family in the mill.",
].join("\n");

describe("a list of 'Name, a description' lines", () => {
  it("reads each line's name and what it is, and leaves out a line naming two people", () => {
    const sets = findLabelledLines(parseArticle(novel), novel);
    expect(sets).toHaveLength(1);
    expect(sets[0]!.kind).toBe("character");
    expect(sets[0]!.lines.map((l) => l.label)).toEqual(["Orrin Brask", "Tamsin Vey", "Corwin Hale", "Ida Lusk"]);
    expect(sets[0]!.lines[2]!.description).toBe("a greedy merchant who buys up the winter's salt");
  });

  it("asks for a character by the description, the other characters of the list as options", () => {
    const article = parseArticle(novel);
    const [set] = findLabelledLines(article, novel);
    const corwin = set!.lines.find((l) => l.label === "Corwin Hale")!;
    const q = makeLabelQuestion(set!.kind, corwin, set!.lines, article.sentences, novel, createRandom(1));
    expect(q?.type).toBe("MULTIPLE_CHOICE");
    expect(q?.prompt).toBe("Which character is a greedy merchant who buys up the winter's salt?");
    expect(q?.answerText).toBe("Corwin Hale");
    expect(q?.options.map((o) => o.text).sort()).toEqual(["Corwin Hale", "Ida Lusk", "Orrin Brask", "Tamsin Vey"]);
    expect(q?.castOptions).toBe(true);
  });

  it("reads only list items: a prose sentence of that shape is no label line", () => {
    const prose = novel.replace(/- /g, "");
    const sets = findLabelledLines(parseArticle(prose), prose);
    expect(sets.flatMap((s) => s.lines.map((l) => l.label))).not.toContain("Corwin Hale");
  });

  it("takes no time word for a name and no description that leans on another line", () => {
    expect(appositiveLine("Later, a storm closed the pass.")).toBeNull();
    expect(appositiveLine("Ida Lusk, a healer from the same valley.")).toBeNull();
    expect(appositiveLine("the Bell Gate, a stone arch that faces the harbour;")).toEqual({ label: "the Bell Gate", description: "a stone arch that faces the harbour" });
  });

  it("takes no line that goes on as a sentence after the appositive", () => {
    expect(appositiveLine("Kell Brask, a carpenter, built the market hall in 1820.")).toBeNull();
    expect(appositiveLine("Sella Marr, a widow, later sheltered twelve families.")).toBeNull();
    expect(appositiveLine("Ada Frome, a mason, known for her bridges.")).toEqual({ label: "Ada Frome", description: "a mason, known for her bridges" });
    expect(appositiveLine("Orrin Brask, a patient, careful carter.")).toEqual({ label: "Orrin Brask", description: "a patient, careful carter" });
  });

  it("takes no line whose object pronoun names someone the line does not", () => {
    expect(appositiveLine("Vell Orrin, an aunt who raised him after the fever.")).toBeNull();
    expect(appositiveLine("Nessa Grey, a nurse who tends her in the tower.")).toBeNull();
    expect(appositiveLine("Tamsin Vey, a girl who loses her sight in the fire.")).toEqual({ label: "Tamsin Vey", description: "a girl who loses her sight in the fire" });
  });

  it("matches people of a kind no person word names as 'them'", () => {
    const court = [
      "The Lantern Court",
      "",
      "The Lantern Court is an invented play by the writer Osric Pell, staged in 1874. It tells of a young king of Marrow.",
      "",
      "The king keeps four advisers at court. The king's advisers are:",
      "- Arno Feld, a cousin who secretly wants the throne.",
      "- Cass Wender, a monk who keeps the royal library.",
      "- Idra Moss, a soldier who guards the gate at night.",
      "",
      "Arno Feld plots against the king, and Cass Wender warns him in time.",
    ].join("\n");
    const article = parseArticle(court);
    const [set] = findLabelledLines(article, court);
    expect(set?.kind).toBe("adviser");
    expect(makeLabelMatching(set!.kind, set!.lines, article.sentences, createRandom(1))?.prompt).toBe("Match each adviser to what the article says about them.");
  });

  it("takes no kind from a plural inside an 'of' phrase after the list's own noun", () => {
    const fair = (intro: string) =>
      [
        "The Vess Fair",
        "",
        "The Vess Fair is held every June in the invented town of Vess, where potters bring their bowls.",
        "",
        `In 1931 the fair gave its first prizes. ${intro}`,
        "- Ada Frome, a potter who made blue glazed jugs.",
        "- Tobin Reel, a young man who carved wooden moulds.",
        "- Sella Marr, a widow who painted tiles with birds.",
      ].join("\n");
    const kinds = (text: string) => findLabelledLines(parseArticle(text), text).map((s) => s.kind);
    expect(kinds(fair("The winners of the two prizes were:"))).toEqual([]);
    expect(kinds(fair("The prizes went to three winners:"))).toEqual(["winner"]);
    expect(kinds(fair("The names of the three winners are:"))).toEqual(["winner"]);
  });

  it("reads 'a former sailor' as what a member is, and 'the latter' as leaning on another line", () => {
    expect(appositiveLine("Old Coombe, a former sailor who tells the children stories.")).toEqual({ label: "Old Coombe", description: "a former sailor who tells the children stories" });
    expect(appositiveLine("Nessa Coombe, a cousin of the latter who keeps bees.")).toBeNull();
  });

  it("takes no linking adverb or preposition at a line's start for a name", () => {
    expect(appositiveLine("Meanwhile, a storm broke the harbour wall.")).toBeNull();
    expect(appositiveLine("Today, a museum stands on the old site.")).toBeNull();
    expect(appositiveLine("Like Orrin, a carter must read the weather.")).toBeNull();
  });
});
