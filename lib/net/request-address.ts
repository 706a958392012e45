import "server-only";
import { headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER } from "./client-address";

/** The client address the server stamped on this request (see forwarded-headers.ts). */
export async function requestAddress(): Promise<string> {
  return (await headers()).get(CLIENT_ADDRESS_HEADER) ?? "unknown";
}
