import type { Metadata } from "next";
import { ProfilePage } from "@/components/account/profile-page";
import { requireUser } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Profile" };

export default async function TeacherProfilePage() {
  const user = await requireUser("TEACHER", "/teacher/profile");
  return <ProfilePage user={user} home={{ href: "/teacher", label: "Your quizzes" }} />;
}
