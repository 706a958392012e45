import type { Metadata } from "next";
import Link from "next/link";
import { JoinGameForm } from "@/components/live/join-game-form";
import { Card } from "@/components/ui/card";
import { getSessionUser } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Join a live game" };

export default async function JoinLivePage({ searchParams }: { searchParams: Promise<{ pin?: string | string[] }> }) {
  const { pin } = await searchParams;
  const user = await getSessionUser();
  const given = typeof pin === "string" && /^\d{6}$/.test(pin) ? pin : "";
  return (
    <Card className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-bold">Join a live game</h1>
      {user?.role === "TEACHER" ? (
        <p>
          Teachers host games: open a quiz and choose <strong>Play live</strong>. <Link href="/teacher" className="underline">Your quizzes</Link>
        </p>
      ) : (
        <>
          <JoinGameForm pin={given} signedInAs={user?.name ?? null} />
          {!user && (
            <p className="mt-4 text-sm">
              In a class game? <Link href={`/login?callbackUrl=${encodeURIComponent(`/play/live${given ? `?pin=${given}` : ""}`)}`} className="underline">Sign in</Link> first.
            </p>
          )}
        </>
      )}
    </Card>
  );
}
