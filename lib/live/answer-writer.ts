import "server-only";
import { isUniqueViolation } from "../db/errors";
import { recordLiveAnswers, type PendingAnswer, type StoredAnswer } from "./mutations";

const FLUSH_AFTER_MS = 4;
const MAX_BATCH = 500;

interface Queued {
  answer: PendingAnswer;
  resolve: (result: StoredAnswer) => void;
  reject: (err: unknown) => void;
}

interface RoundQueue {
  waiting: Queued[];
  timer: NodeJS.Timeout | null;
  writing: boolean;
}

/**
 * Group commit for live answers: each answer is acknowledged only once it is
 * stored, and the answers to one round are written one transaction at a time.
 * While a transaction is in flight, everything that arrives waits and goes
 * into the next one, so the number of transactions follows the database's
 * speed, not the rate of answers (a queue of tiny transactions, each paying
 * the full cost of a commit, is what made acknowledgements take seconds).
 */
export class AnswerWriter {
  private rounds = new Map<string, RoundQueue>();

  constructor(
    private onCount: (roundId: string, answered: number) => void,
    /** Stores one batch in one transaction (replaceable in tests to count and slow the commits). */
    private store: typeof recordLiveAnswers = recordLiveAnswers,
  ) {}

  write(answer: PendingAnswer): Promise<StoredAnswer> {
    return new Promise((resolve, reject) => {
      let round = this.rounds.get(answer.roundId);
      if (!round) {
        round = { waiting: [], timer: null, writing: false };
        this.rounds.set(answer.roundId, round);
      }
      round.waiting.push({ answer, resolve, reject });
      // The first answer after a quiet spell waits a few ms for company; the rest
      // ride with whatever is already waiting for the transaction in flight.
      if (!round.writing && !round.timer) round.timer = setTimeout(() => this.flush(answer.roundId), FLUSH_AFTER_MS);
    });
  }

  private flush(roundId: string) {
    const round = this.rounds.get(roundId);
    if (!round) return;
    if (round.timer) clearTimeout(round.timer);
    round.timer = null;
    if (round.writing) return;
    const batch = round.waiting.splice(0, MAX_BATCH);
    if (batch.length === 0) {
      this.rounds.delete(roundId);
      return;
    }
    round.writing = true;
    void this.commit(roundId, batch).finally(() => {
      round.writing = false;
      this.flush(roundId);
    });
  }

  private async commit(roundId: string, batch: Queued[]) {
    try {
      const answers = batch.map((q) => q.answer);
      // First without looking for stored answers (this instance refused its own repeats in
      // memory); when another instance stored the same player's answer, the unique key refuses
      // the batch, and the retry looks and reports that answer as already given.
      const { results, answered } = await this.store(roundId, answers, false).catch((err) => {
        if (isUniqueViolation(err)) return this.store(roundId, answers, true);
        throw err;
      });
      batch.forEach((q, i) => q.resolve(results[i]!));
      this.onCount(roundId, answered);
    } catch (err) {
      for (const q of batch) q.reject(err);
    }
  }
}
