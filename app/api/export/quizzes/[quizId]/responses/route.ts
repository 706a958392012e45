import { notFoundResponse, teacherForRoute } from "@/lib/auth/guard";
import { csvResponse } from "@/lib/results/csv";
import { exportQuizResponses } from "@/lib/results/export-data";

export const dynamic = "force-dynamic";

/** Every answer to the quiz as CSV, for the teacher who owns it. */
export async function GET(request: Request, { params }: { params: Promise<{ quizId: string }> }) {
  const user = await teacherForRoute(request);
  if (user instanceof Response) return user;
  const file = await exportQuizResponses((await params).quizId, user.id);
  return file ? csvResponse(file.filename, file.body) : notFoundResponse();
}
