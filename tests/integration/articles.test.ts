import { describe, expect, it } from "vitest";
import { getArticleForTeacher, listArticlesForTeacher } from "@/lib/article/data";
import { createArticle, createTeacherArticle, deleteTeacherArticle, reviseArticle, setArticleArchived } from "@/lib/article/mutations";
import { startOrResumeAttempt } from "@/lib/attempt/mutations";
import { readBuiltInArticle } from "@/lib/demo/demo-data";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { ArticleError, parseArticle } from "@/lib/generation/parse-article";
import { createQuiz } from "@/lib/quizzes/mutations";
import { makeAssignedQuiz, makeUser } from "./support/factories";
import { setupTestDatabase } from "./support/test-database";

const database = setupTestDatabase("articles");

const LAKES = [
  "The Great Lakes hold about a fifth of the fresh surface water on Earth. Five lakes make up the group, and Lake Superior is the largest of them.",
  "## Formation",
  "Glaciers carved the basins about 14,000 years ago in North America. Meltwater filled them as the ice sheet retreated to the north.",
  "## Shipping",
  "The St. Lawrence Seaway opened in 1959 and linked the lakes to the Atlantic Ocean. Ships carry iron ore from Duluth in Minnesota to the steel mills.",
].join("\n");

async function quizOn(articleId: string, ownerId: string, body: string) {
  const generated = generateQuestions(body, { count: 4, seed: 3, types: ["MULTIPLE_CHOICE", "TRUE_FALSE"] });
  return createQuiz({ articleId, ownerId, title: "Lakes quiz", seed: 3, settings: { shuffleQuestions: false }, questions: generated.questions, publish: true });
}

describe("a teacher's articles", () => {
  it("are stored with the title first and a fact per sentence, and only their owner sees them", async () => {
    const teacher = await makeUser("TEACHER");
    const other = await makeUser("TEACHER");
    const article = await createTeacherArticle(teacher.id, { title: "The Great Lakes", body: LAKES });
    expect(article.body.startsWith("The Great Lakes\n\n")).toBe(true);
    const facts = await database.db().fact.findMany({ where: { articleId: article.id }, orderBy: { start: "asc" } });
    expect(facts.map((f) => article.body.slice(f.start, f.end))).toEqual(parseArticle(article.body).sentences.map((s) => s.text));
    expect(facts.length).toBe(6);

    expect((await getArticleForTeacher(article.id, teacher.id))?.readOnly).toBe(false);
    expect(await getArticleForTeacher(article.id, other.id)).toBeNull();
    expect((await listArticlesForTeacher(other.id)).active.map((a) => a.id)).not.toContain(article.id);
    expect((await listArticlesForTeacher(teacher.id)).active.map((a) => a.id)).toContain(article.id);
  });

  it("refuses binary and oversized text with the parser's message", async () => {
    const teacher = await makeUser("TEACHER");
    await expect(createTeacherArticle(teacher.id, { title: "Binary", body: "abc\u0000def" })).rejects.toThrow(ArticleError);
    await expect(createTeacherArticle(teacher.id, { title: "Long", body: "word ".repeat(50_000) })).rejects.toThrow(/the limit is 200,000/);
  });

  it("include the built-in article for every teacher, read-only even for the teacher who holds it", async () => {
    const holder = await makeUser("TEACHER");
    const body = readBuiltInArticle();
    const builtIn = await createArticle({ ownerId: holder.id, title: "Built in", body, parsed: parseArticle(body), builtIn: true });
    const newcomer = await makeUser("TEACHER");
    expect((await listArticlesForTeacher(newcomer.id)).active.find((a) => a.id === builtIn.id)?.builtIn).toBe(true);
    expect((await getArticleForTeacher(builtIn.id, newcomer.id))?.readOnly).toBe(true);
    expect((await getArticleForTeacher(builtIn.id, holder.id))?.readOnly).toBe(true);
    for (const teacher of [holder, newcomer]) {
      expect(await reviseArticle(teacher.id, builtIn.id, { title: "Mine", body: LAKES })).toEqual({ status: "not-found" });
      expect(await setArticleArchived(teacher.id, builtIn.id, true)).toBe(false);
      expect(await deleteTeacherArticle(teacher.id, builtIn.id)).toBe("not-found");
    }
    expect((await database.db().article.findUniqueOrThrow({ where: { id: builtIn.id } })).body).toBe(body);
  });
});

describe("editing an article", () => {
  it("changes an article no quiz uses in place, facts rebuilt", async () => {
    const teacher = await makeUser("TEACHER");
    const article = await createTeacherArticle(teacher.id, { title: "The Great Lakes", body: LAKES });
    const result = await reviseArticle(teacher.id, article.id, { title: "Lakes of North America", body: LAKES.replace("Five lakes", "Five large lakes") });
    expect(result).toEqual({ status: "updated", articleId: article.id });
    const stored = await database.db().article.findUniqueOrThrow({ where: { id: article.id }, include: { facts: { orderBy: { start: "asc" } } } });
    expect(stored.title).toBe("Lakes of North America");
    expect(stored.body).toContain("Five large lakes");
    expect(stored.facts.map((f) => stored.body.slice(f.start, f.end))).toEqual(stored.facts.map((f) => f.sentence));
    expect(await database.db().article.count({ where: { ownerId: teacher.id } })).toBe(1);
  });

  it("makes a new revision of an article that quizzes use, and the questions keep their text", async () => {
    const teacher = await makeUser("TEACHER");
    const article = await createTeacherArticle(teacher.id, { title: "The Great Lakes", body: LAKES });
    const quiz = await quizOn(article.id, teacher.id, article.body);
    const before = await database.db().question.findMany({ where: { quizId: quiz.id }, include: { fact: true } });
    expect(before.length).toBeGreaterThan(0);

    // A new opening paragraph shifts every offset after it.
    const edited = `Lakes matter to millions of people who live around them today.\n${LAKES}`;
    const result = await reviseArticle(teacher.id, article.id, { title: "The Great Lakes", body: edited });
    expect(result.status).toBe("revised");
    const revisionId = (result as { articleId: string }).articleId;
    expect(revisionId).not.toBe(article.id);

    const old = await database.db().article.findUniqueOrThrow({ where: { id: article.id } });
    expect(old.body).toBe(article.body);
    const revision = await database.db().article.findUniqueOrThrow({ where: { id: revisionId } });
    expect(revision.revisesId).toBe(article.id);
    expect(revision.body).toContain("Lakes matter to millions");

    // Each question still points at its sentence, at the same offsets, in the text it was made from.
    const after = await database.db().question.findMany({ where: { quizId: quiz.id }, include: { fact: { include: { article: true } } } });
    for (const q of after) {
      // Generated questions always have a source sentence; only hand-made ones may not.
      const fact = q.fact!;
      expect(fact.articleId).toBe(article.id);
      expect(fact.article.body.slice(fact.start, fact.end)).toBe(fact.sentence);
      expect(before.find((b) => b.id === q.id)?.fact?.start).toBe(fact.start);
    }

    const library = await listArticlesForTeacher(teacher.id);
    expect(library.active.filter((a) => !a.builtIn).map((a) => a.id)).toEqual([revisionId]);
    expect((await getArticleForTeacher(article.id, teacher.id))?.latestId).toBe(revisionId);
    expect(await reviseArticle(teacher.id, article.id, { title: "Again", body: LAKES })).toEqual({ status: "not-latest", latestId: revisionId });
    // The revision itself has no quiz yet: it is edited in place.
    expect((await reviseArticle(teacher.id, revisionId, { title: "The Great Lakes", body: `${edited}\nOne more sentence about the lakes is here.` })).status).toBe("updated");
  });

  it("is refused on another teacher's article, which reads as not found", async () => {
    const owner = await makeUser("TEACHER");
    const other = await makeUser("TEACHER");
    const article = await createTeacherArticle(owner.id, { title: "The Great Lakes", body: LAKES });
    expect(await reviseArticle(other.id, article.id, { title: "Mine", body: LAKES })).toEqual({ status: "not-found" });
    expect(await setArticleArchived(other.id, article.id, true)).toBe(false);
    expect(await deleteTeacherArticle(other.id, article.id)).toBe("not-found");
    const stored = await database.db().article.findUniqueOrThrow({ where: { id: article.id } });
    expect([stored.title, stored.archivedAt]).toEqual(["The Great Lakes", null]);
  });
});

describe("archiving and deleting an article", () => {
  it("archives out of the library and restores into it", async () => {
    const teacher = await makeUser("TEACHER");
    const article = await createTeacherArticle(teacher.id, { title: "The Great Lakes", body: LAKES });
    expect(await setArticleArchived(teacher.id, article.id, true)).toBe(true);
    let library = await listArticlesForTeacher(teacher.id);
    expect(library.active.map((a) => a.id)).not.toContain(article.id);
    expect(library.archived.map((a) => a.id)).toEqual([article.id]);
    expect(await setArticleArchived(teacher.id, article.id, false)).toBe(true);
    library = await listArticlesForTeacher(teacher.id);
    expect(library.active.map((a) => a.id)).toContain(article.id);
    expect(library.archived).toEqual([]);
  });

  it("deletes an unused article and refuses one that a quiz with results uses", async () => {
    const teacher = await makeUser("TEACHER");
    const unused = await createTeacherArticle(teacher.id, { title: "Unused", body: LAKES });
    expect(await deleteTeacherArticle(teacher.id, unused.id)).toBe("deleted");
    expect(await database.db().article.findUnique({ where: { id: unused.id } })).toBeNull();
    expect(await database.db().fact.count({ where: { articleId: unused.id } })).toBe(0);

    const world = await makeAssignedQuiz({ students: 1 });
    const started = await startOrResumeAttempt(world.assignment.id, world.students[0]!.id);
    if (!("attemptId" in started)) throw new Error("no attempt");
    expect(await deleteTeacherArticle(world.teacher.id, world.quiz.articleId)).toBe("in-use");
    expect(await database.db().article.count({ where: { id: world.quiz.articleId } })).toBe(1);
    expect(await database.db().attempt.count({ where: { id: started.attemptId } })).toBe(1);
  });
});
