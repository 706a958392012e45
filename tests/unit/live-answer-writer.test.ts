import { describe, expect, it } from "vitest";
import { AnswerWriter } from "@/lib/live/answer-writer";
import type { PendingAnswer, StoredAnswer } from "@/lib/live/mutations";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function answerBy(playerId: string, roundId = "round-1"): PendingAnswer {
  return { roundId, playerId, attemptId: null, questionId: "q", optionId: "a", text: null, correct: true, questionPoints: 1, accuracy: 1000, speed: 0, elapsedMs: 100, at: new Date() };
}

/** A store that takes `commitMs` per transaction and remembers what each one held. */
function slowStore(commitMs: number) {
  const committed = new Set<string>();
  const transactions: string[][] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const store = async (roundId: string, batch: PendingAnswer[]) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await sleep(commitMs);
    transactions.push(batch.map((a) => a.playerId));
    batch.forEach((a) => committed.add(a.playerId));
    inFlight--;
    return { results: batch.map((): StoredAnswer => ({ status: "recorded" })), answered: committed.size };
  };
  return { store, committed, transactions, maxInFlight: () => maxInFlight };
}

describe("the live answer writer (group commit)", () => {
  it("acknowledges each answer only after the transaction holding it committed", async () => {
    const db = slowStore(20);
    const writer = new AnswerWriter(() => undefined, db.store);
    const acknowledged: string[] = [];
    await Promise.all(
      ["p1", "p2", "p3"].map((id) =>
        writer.write(answerBy(id)).then((r) => {
          expect(r.status).toBe("recorded");
          expect(db.committed.has(id)).toBe(true);
          acknowledged.push(id);
        }),
      ),
    );
    expect(acknowledged.sort()).toEqual(["p1", "p2", "p3"]);
  });

  it("gathers answers arriving during a slow commit into the next one, so transactions follow the database's speed", async () => {
    const db = slowStore(25);
    const counts: number[] = [];
    const writer = new AnswerWriter((_, answered) => counts.push(answered), db.store);
    // 120 answers, one every millisecond or so, while each commit takes 25 ms.
    const pending: Promise<StoredAnswer>[] = [];
    for (let i = 0; i < 120; i++) {
      pending.push(writer.write(answerBy(`p${i}`)));
      await sleep(1);
    }
    const results = await Promise.all(pending);
    expect(results.every((r) => r.status === "recorded")).toBe(true);
    expect(db.committed.size).toBe(120);
    expect(db.maxInFlight()).toBe(1);
    // One transaction per commit time, not one per few-millisecond window.
    expect(db.transactions.length).toBeLessThanOrEqual(12);
    expect(counts.at(-1)).toBe(120);
  });

  it("fails every answer of a batch whose transaction fails, and goes on with the next batch", async () => {
    let calls = 0;
    const writer = new AnswerWriter(
      () => undefined,
      async (_roundId, batch) => {
        calls++;
        await sleep(10);
        if (calls === 1) throw new Error("disk full");
        return { results: batch.map((): StoredAnswer => ({ status: "recorded" })), answered: batch.length };
      },
    );
    const first = writer.write(answerBy("p1"));
    // Past the first batch's few-ms wait: p2 arrives while p1's transaction is failing.
    await sleep(8);
    const second = writer.write(answerBy("p2"));
    await expect(first).rejects.toThrow("disk full");
    await expect(second).resolves.toEqual({ status: "recorded" });
  });
});
