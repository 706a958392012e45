import { z } from "zod";
import { databaseUrl, providerOf } from "./db/config";
import { trustedProxyCount } from "./net/client-address";

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().optional(),
  NEXTAUTH_SECRET: z.string().optional(),
});

/**
 * Checked once, on first use at startup: a bad DATABASE_URL or a missing auth
 * secret in production is a clear error rather than a 500 later.
 */
function loadEnv() {
  const parsed = EnvSchema.parse(process.env);
  const url = databaseUrl(process.env);
  providerOf(url);
  const trustProxy = trustedProxyCount(process.env.TRUST_PROXY);
  if (parsed.NODE_ENV === "production" && (!parsed.NEXTAUTH_SECRET || parsed.NEXTAUTH_SECRET.length < 32)) {
    throw new Error(
      "NEXTAUTH_SECRET is missing or shorter than 32 characters. Start the app with `npm start`, which creates one, or set it yourself.",
    );
  }
  return { ...parsed, databaseUrl: url, trustProxy };
}

let cached: ReturnType<typeof loadEnv> | undefined;
export function env() {
  cached ??= loadEnv();
  return cached;
}
