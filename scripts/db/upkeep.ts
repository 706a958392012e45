/**
 * Data upkeep run by `npm start` after migrating and seeding (node --conditions=react-server):
 * option ids that could reveal keys are replaced (once), and attempts whose time ran out
 * while the server was down are handed in, and live games left running or half-finished are settled.
 */
import { closeExpiredAttempts } from "../../lib/attempt/submit-attempt";
import { getDb } from "../../lib/db/client";
import { settleLiveGames } from "../../lib/live/mutations";
import { upgradeLeakyOptionIds } from "../../lib/quizzes/upgrade-option-ids";

export async function runUpkeep(now = new Date()): Promise<{ questions: number; attempts: number; liveGames: number }> {
  const questions = await upgradeLeakyOptionIds();
  const attempts = await closeExpiredAttempts("all", now);
  const liveGames = await settleLiveGames(now);
  return { questions, attempts, liveGames };
}

if (require.main === module) {
  runUpkeep()
    .then(({ questions, attempts, liveGames }) =>
      console.log(
        `  option ids: ${questions ? `${questions} question(s) given opaque ids` : "all opaque"}; ` +
          `expired attempts handed in: ${attempts}; live games finished: ${liveGames}`,
      ),
    )
    .catch((err) => {
      console.error(`Data upkeep failed: ${err instanceof Error ? err.message : err}`);
      process.exit(1);
    })
    .finally(() => getDb().$disconnect());
}
