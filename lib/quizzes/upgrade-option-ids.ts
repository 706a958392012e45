import "server-only";
import { parseOptions } from "../attempt/public-question";
import { getDb, type Db, type Prisma } from "../db/client";
import { AnswerSchema, parseAnswerKey } from "../quiz/grade-answer";
import { hasOpaqueOptionIds, rewriteAnswer, withOpaqueOptionIds } from "../quiz/opaque-option-ids";

/**
 * A data step for databases from before opaque option ids: every stored
 * question whose option ids could hint at its key ("e1…", "l1"/"r1", "a"…)
 * gets random ids, its key rewritten, and the answers already given to it
 * rewritten the same way, in one transaction per question. Run at start;
 * a question that already has opaque ids is left alone, so running it again
 * changes nothing. Returns how many questions changed.
 *
 * Stored rather than mapped per attempt when serving: one rewrite keeps every
 * reader (player, results, exports, the live game) on a single set of ids.
 */
export async function upgradeLeakyOptionIds(db: Db = getDb()): Promise<number> {
  const questions = await db.question.findMany({ select: { id: true, options: true } });
  let changed = 0;
  for (const { id, options } of questions) {
    if (hasOpaqueOptionIds(parseOptions(options))) continue;
    const done = await db.$transaction(async (tx) => {
      const fresh = await tx.question.findUniqueOrThrow({ where: { id }, select: { options: true, answerKey: true } });
      const current = parseOptions(fresh.options);
      if (hasOpaqueOptionIds(current)) return false;
      const opaque = withOpaqueOptionIds({ options: current, answerKey: parseAnswerKey(fresh.answerKey) });
      await tx.question.update({
        where: { id },
        data: { options: opaque.options as unknown as Prisma.InputJsonValue, answerKey: opaque.answerKey as unknown as Prisma.InputJsonValue },
      });
      const responses = await tx.response.findMany({ where: { questionId: id }, select: { id: true, answer: true } });
      for (const r of responses) {
        const parsed = AnswerSchema.safeParse(r.answer);
        // Typed answers carry no ids; anything unreadable is left as it was.
        if (!parsed.success || parsed.data.kind === "text") continue;
        await tx.response.update({ where: { id: r.id }, data: { answer: rewriteAnswer(parsed.data, opaque.mapping) as unknown as Prisma.InputJsonValue } });
      }
      return true;
    });
    if (done) changed++;
  }
  return changed;
}
