/**
 * Checks on a server-action POST before Next parses it (proxy.ts). Next answers
 * 500 to a body it cannot decode, a body over its size limit, or a foreign
 * Origin; these checks answer such requests with a 4xx instead, before any
 * action code runs. Pure: headers and body text in, a refusal or null out.
 */
export const MAX_ACTION_BODY_BYTES = 1024 * 1024;
/** Far deeper than any of this app's action inputs, far shallower than a parser's stack. */
export const MAX_ACTION_NESTING = 64;

export interface Refusal {
  status: number;
  message: string;
}

const refuse = (status: number, message: string): Refusal => ({ status, message });

/** A server-action id as Next writes it: hex digits. */
const ACTION_ID = /^[0-9a-f]{40,64}$/i;

export function checkActionHeaders(headers: Headers): Refusal | null {
  const id = headers.get("next-action") ?? "";
  if (!ACTION_ID.test(id)) return refuse(404, "No such action.");
  const origin = headers.get("origin");
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  let originHost: string | null = null;
  try {
    originHost = origin ? new URL(origin).host : null;
  } catch {
    originHost = null;
  }
  if (!originHost || !host || originHost !== host) return refuse(403, "Actions are accepted only from this site's own pages.");
  const type = (headers.get("content-type") ?? "").toLowerCase();
  const multipart = type.startsWith("multipart/form-data");
  if (!type.startsWith("text/plain") && !multipart) return refuse(415, "Actions are sent as text or form data.");
  if (multipart && !/;\s*boundary=/.test(type)) return refuse(400, "The form data has no boundary.");
  const length = headers.get("content-length");
  if (length !== null) {
    const n = Number(length);
    if (!Number.isFinite(n) || n < 0) return refuse(400, "The request length is not a number.");
    if (n > MAX_ACTION_BODY_BYTES) return refuse(413, "That is more than this app accepts in one request (1 MB).");
    if (n === 0) return refuse(400, "The request is empty.");
  }
  return null;
}

export function checkActionBody(body: string, contentType: string): Refusal | null {
  if (body.length === 0) return refuse(400, "The request is empty.");
  if (new TextEncoder().encode(body).length > MAX_ACTION_BODY_BYTES) return refuse(413, "That is more than this app accepts in one request (1 MB).");
  const json = contentType.toLowerCase().startsWith("text/plain");
  // Form data is not one JSON text, so a stray quote must not hide brackets: count them all there.
  if (nestingDepth(body, json) > MAX_ACTION_NESTING) return refuse(400, "The request is nested too deeply.");
  if (json) {
    try {
      JSON.parse(body);
    } catch {
      return refuse(400, "The request is not valid JSON.");
    }
  }
  return null;
}

/** The deepest run of open brackets and braces (outside JSON strings when `json`); without recursion. */
export function nestingDepth(text: string, json = true): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString && json) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34 && json) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) max = Math.max(max, ++depth);
    else if (c === 93 /* ] */ || c === 125 /* } */) depth = Math.max(0, depth - 1);
  }
  return max;
}
