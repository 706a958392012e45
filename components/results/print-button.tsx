"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog; the page's print styles leave out navigation and buttons. */
export function PrintButton({ label = "Print" }: { label?: string }) {
  return (
    <Button type="button" variant="secondary" className="no-print" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
