import type { Metadata } from "next";
import { ProfilePage } from "@/components/account/profile-page";
import { requireUser } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Profile" };

export default async function StudentProfilePage() {
  const user = await requireUser("STUDENT", "/student/profile");
  return <ProfilePage user={user} home={{ href: "/student", label: "My quizzes" }} />;
}
