import type { NextConfig } from "next";
import { routeHandlerHeaders, securityHeaders } from "./lib/security-headers";

const nextConfig: NextConfig = {
  // Native and driver packages stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "@node-rs/argon2"],
  poweredByHeader: false,
  // proxy.ts reads a server action's body to check it; a body bigger than this is refused
  // there anyway (1 MB limit), so buffering more than a little over that is waste.
  experimental: { proxyClientMaxBodySize: "2mb" },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders() },
      { source: "/api/:path*", headers: routeHandlerHeaders },
    ];
  },
};

export default nextConfig;
