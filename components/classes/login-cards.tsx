"use client";

import { Button } from "@/components/ui/button";
import type { LoginCard } from "@/lib/users/mutations";

/**
 * Printable login cards, one per student. The passwords exist only here, in
 * this browser tab: they are stored as hashes, so print before leaving.
 */
export function LoginCards({ className, cards, onDone }: { className: string; cards: LoginCard[]; onDone: () => void }) {
  const signInAt = typeof window === "undefined" ? "/login" : `${window.location.origin}/login`;
  return (
    <section aria-labelledby="cards-heading" className="login-cards">
      <div className="no-print mb-4 rounded-xl border border-yellow-400 bg-yellow-50 p-4 text-zinc-900">
        <h2 id="cards-heading" className="text-xl font-bold">
          {cards.length === 1 ? "1 login card" : `${cards.length} login cards`} for {className}
        </h2>
        <p className="mt-1">Print these now: the passwords are shown only once. You can reset a password later from the class page.</p>
        <div className="mt-3 flex flex-wrap gap-3">
          <Button type="button" onClick={() => window.print()}>
            Print cards
          </Button>
          <Button type="button" variant="secondary" onClick={onDone}>
            Done
          </Button>
        </div>
      </div>
      <ul className="grid gap-4 sm:grid-cols-2 print:grid-cols-2">
        {cards.map((card) => (
          <li key={card.studentId} className="break-inside-avoid rounded-xl border-2 border-dashed border-zinc-400 bg-white p-4 text-zinc-900">
            <p className="text-sm font-semibold uppercase tracking-wide">Factbound · {className}</p>
            <p className="mt-1 text-xl font-bold">{card.name}</p>
            <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1">
              <dt>Username</dt>
              <dd className="font-mono text-lg font-bold" data-testid="card-username">
                {card.username}
              </dd>
              <dt>Password</dt>
              <dd className="font-mono text-lg font-bold" data-testid="card-password">
                {card.password}
              </dd>
            </dl>
            <p className="mt-2 text-sm">Sign in at {signInAt}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
