import { ChangePasswordForm } from "./change-password-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { SessionUser } from "@/lib/auth/guard";

export function ProfilePage({ user, home }: { user: SessionUser; home: { href: string; label: string } }) {
  return (
    <>
      <PageHeader title="Your profile" crumbs={[home]} />
      <Card className="mb-6">
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          <dt className="font-semibold">Name</dt>
          <dd>{user.name}</dd>
          <dt className="font-semibold">Username</dt>
          <dd className="font-mono">{user.username}</dd>
          <dt className="font-semibold">Account</dt>
          <dd>{user.role === "TEACHER" ? "Teacher" : "Student"}</dd>
        </dl>
      </Card>
      <Card>
        <h2 className="mb-4 text-xl font-semibold">Change password</h2>
        <ChangePasswordForm />
      </Card>
    </>
  );
}
