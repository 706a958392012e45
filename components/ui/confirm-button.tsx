"use client";

import type { ComponentProps } from "react";
import { Button } from "./button";

/** A secondary button that asks before it acts: for changes a teacher cannot take back. */
export function ConfirmButton({
  confirm,
  onConfirmed,
  className = "min-h-11",
  ...props
}: Omit<ComponentProps<typeof Button>, "onClick" | "type"> & { confirm: string; onConfirmed: () => unknown }) {
  return (
    <Button
      type="button"
      variant="secondary"
      className={className}
      onClick={() => {
        if (window.confirm(confirm)) void onConfirmed();
      }}
      {...props}
    />
  );
}
