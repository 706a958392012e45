import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function StudentNotFound() {
  return <NotFoundPanel backHref="/student" backLabel="Back to my quizzes" />;
}
