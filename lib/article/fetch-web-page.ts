import "server-only";
import dns from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { ActionError } from "../auth/guard";
import { parseArticle } from "../generation/parse-article";
import { composeArticleText, splitTitle, titleFromFileName } from "./article-text";
import { extractWebText } from "./extract-web-text";
import { checkWebAddress, isPublicAddress, type AddressPolicy } from "./web-address";

export const WEB_TIMEOUT_MS = 10_000;
export const MAX_PAGE_BYTES = 3 * 1024 * 1024;
const MAX_REDIRECTS = 5;

/** Loopback is reachable only when the test-only flag is set (tests serve pages from 127.0.0.1). */
export function addressPolicy(): AddressPolicy {
  return { allowLoopback: process.env.FACTBOUND_TEST_ALLOW_LOOPBACK_FETCH === "1" };
}

/**
 * Fetch a web page and read its main text. Every hop (the address and each
 * redirect) is resolved first and refused unless all its addresses are public;
 * the connection then goes to the checked address only, so a second DNS answer
 * cannot point it elsewhere. Time and size are capped.
 */
export async function readWebArticle(
  input: string,
  policy: AddressPolicy = addressPolicy(),
  timeoutMs = WEB_TIMEOUT_MS,
): Promise<{ title: string; body: string; url: string }> {
  const checked = checkWebAddress(input);
  if (!checked.ok) throw new ActionError(checked.error);
  const deadline = Date.now() + timeoutMs;
  let url = checked.url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const page = await fetchOnce(url, policy, deadline);
    if (page.redirect) {
      const next = checkWebAddress(new URL(page.redirect, url).toString());
      if (!next.ok) throw new ActionError(`The page redirects somewhere that cannot be read: ${next.error}`);
      url = next.url;
      continue;
    }
    const type = page.contentType.split(";")[0]!.trim().toLowerCase();
    const text = decodeBody(page.body, page.contentType);
    if (type === "text/plain" || type === "text/markdown") {
      if (!text.trim()) throw new ActionError("That page is empty.");
      return { ...splitFallback(text, url), url: url.toString() };
    }
    if (type !== "text/html" && type !== "application/xhtml+xml") {
      throw new ActionError(`That address gives ${type || "an unknown kind of file"}, not a web page. Download the file and upload it instead.`);
    }
    const extracted = extractWebText(text, url.hostname);
    // A page of links and menus has no sentence the generator could ask about.
    if (!extracted || parseArticle(composeArticleText(extracted.title, extracted.body)).sentences.length === 0) {
      throw new ActionError("No article text was found on that page. Copy the text and paste it instead.");
    }
    return { ...extracted, url: url.toString() };
  }
  throw new ActionError("That page redirects too many times.");
}

function splitFallback(text: string, url: URL) {
  const name = decodeURIComponent(url.pathname.split("/").filter(Boolean).pop() ?? url.hostname);
  return splitTitle(text, titleFromFileName(name));
}

async function resolvePublic(hostname: string, policy: AddressPolicy, deadline: number): Promise<{ address: string; family: number }> {
  const host = hostname.replace(/^\[|\]$/g, "");
  const lookup = policy.resolve ?? ((name: string) => dns.lookup(name, { all: true, verbatim: true }));
  let addresses: { address: string; family: number }[];
  // A resolver that does not answer counts against the same time limit as the page (the system's may wait for half a minute).
  let timer: NodeJS.Timeout | undefined;
  const tooLong = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ActionError("The page took too long to answer.")), Math.max(0, deadline - Date.now()));
  });
  try {
    addresses = await Promise.race([lookup(host), tooLong]);
  } catch (err) {
    if (err instanceof ActionError) throw err;
    throw new ActionError(`The address “${hostname}” could not be found. Check the spelling.`);
  } finally {
    clearTimeout(timer);
  }
  if (addresses.length === 0) throw new ActionError(`The address “${hostname}” could not be found.`);
  // Every address must be public: a name that also resolves to a private one is refused.
  if (!addresses.every((a) => isPublicAddress(a.address, policy))) {
    throw new ActionError("That address points into a private network or at this server itself, which Factbound does not read.");
  }
  return addresses[0]!;
}

interface Fetched {
  redirect?: string;
  contentType: string;
  body: Buffer;
}

async function fetchOnce(url: URL, policy: AddressPolicy, deadline: number): Promise<Fetched> {
  const target = await resolvePublic(url.hostname, policy, deadline);
  const lookup: LookupFunction = (_host, options, callback) => {
    if ((options as { all?: boolean }).all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [target]);
    else callback(null, target.address, target.family);
  };
  const remaining = deadline - Date.now();
  if (remaining <= 0) throw new ActionError("The page took too long to answer.");
  const client = url.protocol === "https:" ? https : http;
  return new Promise<Fetched>((resolve, reject) => {
    let timedOut = false;
    const request = client.get(
      url,
      { lookup, timeout: remaining, headers: { "user-agent": "Factbound article reader", accept: "text/html, text/plain;q=0.9" } },
      (response) => {
        const status = response.statusCode ?? 0;
        if (status >= 300 && status < 400 && response.headers.location) {
          response.resume();
          return resolve({ redirect: response.headers.location, contentType: "", body: Buffer.alloc(0) });
        }
        if (status < 200 || status >= 300) {
          response.resume();
          return reject(new ActionError(`The page answered with an error (${status}). Check the address.`));
        }
        const declared = Number(response.headers["content-length"] ?? 0);
        if (declared > MAX_PAGE_BYTES) {
          response.destroy();
          return reject(new ActionError("That page is too large to read (over 3 MB)."));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_PAGE_BYTES) {
            response.destroy();
            reject(new ActionError("That page is too large to read (over 3 MB)."));
          } else chunks.push(chunk);
        });
        response.on("end", () => resolve({ contentType: String(response.headers["content-type"] ?? ""), body: Buffer.concat(chunks) }));
        response.on("error", () => reject(new ActionError(timedOut ? "The page took too long to answer." : "The page stopped sending before it was complete.")));
      },
    );
    const stop = () => {
      timedOut = true;
      request.destroy(new Error("timeout"));
    };
    const timer = setTimeout(stop, remaining);
    request.on("timeout", stop);
    request.on("close", () => clearTimeout(timer));
    request.on("error", (err) => {
      reject(err instanceof ActionError ? err : new ActionError(timedOut ? "The page took too long to answer." : "The page could not be reached."));
    });
  });
}

function decodeBody(body: Buffer, contentType: string): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? "utf-8";
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    return new TextDecoder("utf-8").decode(body);
  }
}
