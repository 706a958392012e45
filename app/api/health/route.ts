import { databaseIsUp } from "@/lib/health/data";

export const dynamic = "force-dynamic";

/** For load balancers and the start script: 200 when the app and its database answer. */
export async function GET() {
  const db = await databaseIsUp();
  return Response.json({ status: db ? "ok" : "degraded", database: db ? "up" : "down" }, { status: db ? 200 : 503 });
}
