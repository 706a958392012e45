import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function PlayNotFound() {
  return <NotFoundPanel backHref="/student" backLabel="Back to my quizzes" />;
}
