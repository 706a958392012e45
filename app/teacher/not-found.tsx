import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function TeacherNotFound() {
  return <NotFoundPanel backHref="/teacher" backLabel="Back to your quizzes" />;
}
