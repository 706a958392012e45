import "server-only";
import { headers } from "next/headers";
import QRCode from "qrcode";

/** The join link as the room's devices will reach this server (its name or address as the host's browser used it). */
export async function joinLinkFor(pin: string): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}/play/live?pin=${pin}`;
}

/** A QR code of the link, as SVG made on the server (no image request, no script). */
export function qrSvgFor(link: string): Promise<string> {
  return QRCode.toString(link, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
}
