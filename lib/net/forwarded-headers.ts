import http from "node:http";
import https from "node:https";
import { applyForwardedPolicy, trustedProxyCount } from "./client-address";

const INSTALLED = Symbol.for("factbound.forwardedPolicy");

/**
 * Next 16 gives route handlers and server actions no socket address, and keeps
 * an X-Forwarded-For a client sent. So, once at server start, every incoming
 * request is stamped with its client address (and stripped of untrusted
 * forwarded headers) as the Node server receives it, before Next reads it.
 */
export function installForwardedPolicy() {
  const trusted = trustedProxyCount(process.env.TRUST_PROXY);
  for (const Server of [http.Server, https.Server]) {
    const proto = Server.prototype as unknown as Record<symbol | string, unknown> & { emit: (...args: unknown[]) => boolean };
    if (proto[INSTALLED]) continue;
    const emit = proto.emit;
    proto.emit = function (this: unknown, event: unknown, ...args: unknown[]) {
      if (event === "request") {
        const req = args[0] as http.IncomingMessage;
        applyForwardedPolicy(req.headers, req.socket?.remoteAddress, trusted);
      }
      return emit.call(this, event, ...args);
    };
    proto[INSTALLED] = true;
  }
}
