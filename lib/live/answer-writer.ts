import "server-only";
import { isUniqueViolation } from "../db/errors";
import { recordLiveAnswers, type PendingAnswer, type StoredAnswer } from "./mutations";

const FLUSH_AFTER_MS = 4;
const MAX_BATCH = 250;

interface Queued {
  answer: PendingAnswer;
  resolve: (result: StoredAnswer) => void;
  reject: (err: unknown) => void;
}

/**
 * Group commit for live answers: answers to one round that arrive within a few
 * milliseconds are written in one transaction, and each is acknowledged only
 * once it is stored. Batches of a round are written one after another.
 */
export class AnswerWriter {
  private queues = new Map<string, Queued[]>();
  private timers = new Map<string, NodeJS.Timeout>();
  private writing = new Map<string, Promise<void>>();

  constructor(private onCount: (roundId: string, answered: number) => void) {}

  write(answer: PendingAnswer): Promise<StoredAnswer> {
    return new Promise((resolve, reject) => {
      const queue = this.queues.get(answer.roundId) ?? [];
      queue.push({ answer, resolve, reject });
      this.queues.set(answer.roundId, queue);
      if (queue.length >= MAX_BATCH) this.flush(answer.roundId);
      else if (!this.timers.has(answer.roundId)) this.timers.set(answer.roundId, setTimeout(() => this.flush(answer.roundId), FLUSH_AFTER_MS));
    });
  }

  private flush(roundId: string) {
    clearTimeout(this.timers.get(roundId));
    this.timers.delete(roundId);
    const batch = this.queues.get(roundId) ?? [];
    this.queues.delete(roundId);
    if (batch.length === 0) return;
    const previous = this.writing.get(roundId) ?? Promise.resolve();
    const next = previous.then(async () => {
      try {
        const answers = batch.map((q) => q.answer);
        // Another instance may store the same player's answer between our check and insert:
        // the unique key refuses the batch, and the retry sees that answer as already given.
        const { results, answered } = await recordLiveAnswers(roundId, answers).catch((err) => {
          if (isUniqueViolation(err)) return recordLiveAnswers(roundId, answers);
          throw err;
        });
        batch.forEach((q, i) => q.resolve(results[i]!));
        this.onCount(roundId, answered);
      } catch (err) {
        for (const q of batch) q.reject(err);
      }
    });
    this.writing.set(roundId, next);
    void next.finally(() => {
      if (this.writing.get(roundId) === next) this.writing.delete(roundId);
    });
  }
}
