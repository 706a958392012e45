import { notFoundResponse, teacherForRoute } from "@/lib/auth/guard";
import { csvResponse } from "@/lib/results/csv";
import { exportGradebook } from "@/lib/results/export-data";

export const dynamic = "force-dynamic";

/** The class's gradebook as CSV, for the teacher whose class it is. */
export async function GET(request: Request, { params }: { params: Promise<{ classId: string }> }) {
  const user = await teacherForRoute(request);
  if (user instanceof Response) return user;
  const file = await exportGradebook((await params).classId, user.id);
  return file ? csvResponse(file.filename, file.body) : notFoundResponse();
}
