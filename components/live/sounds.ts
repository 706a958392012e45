"use client";

/** Short beeps made with Web Audio: nothing to download. The host can mute them. */
let context: AudioContext | null = null;

export function beep(kind: "open" | "tick" | "close" | "end") {
  if (typeof window === "undefined") return;
  try {
    context ??= new AudioContext();
    const notes = { open: [660, 880], tick: [520], close: [880, 660], end: [523, 659, 784] }[kind];
    notes.forEach((frequency, i) => {
      const osc = context!.createOscillator();
      const gain = context!.createGain();
      const start = context!.currentTime + i * 0.14;
      osc.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.2, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.12);
      osc.connect(gain).connect(context!.destination);
      osc.start(start);
      osc.stop(start + 0.13);
    });
  } catch {
    // No audio on this device: the game goes on silently.
  }
}
