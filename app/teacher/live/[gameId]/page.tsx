import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HostScreen } from "@/components/live/host-screen";
import { requireUser } from "@/lib/auth/guard";
import { findGameForHost } from "@/lib/live/data";
import { joinLinkFor, qrSvgFor } from "@/lib/live/join-link";

export const metadata: Metadata = { title: "Live game" };

export default async function HostPage({ params }: { params: Promise<{ gameId: string }> }) {
  const { gameId } = await params;
  const user = await requireUser("TEACHER", `/teacher/live/${gameId}`);
  const game = await findGameForHost(gameId, user.id);
  if (!game) notFound();
  const link = await joinLinkFor(game.pin);
  return <HostScreen gameId={game.id} pin={game.pin} joinUrl={link} qrSvg={await qrSvgFor(link)} quizId={game.quiz.id} title={game.quiz.title} />;
}
