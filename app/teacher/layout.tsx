import type { ReactNode } from "react";
import { DemoPasswordNotice } from "@/components/account/demo-password-notice";

export default function TeacherLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <DemoPasswordNotice />
      {children}
    </>
  );
}
