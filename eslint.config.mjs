import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "lib/db/generated/**", "prisma/generated/**", "test-results/**", "playwright-report/**", "data/**", "next-env.d.ts"],
  },
  {
    // Only the data layer may talk to Prisma.
    files: ["app/**", "components/**", "lib/generation/**", "lib/quiz/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/lib/db/generated/**", "@/lib/db/generated/**", "@prisma/*"], message: "Import Prisma only in lib/db and data/mutation modules." }] },
      ],
    },
  },
];

export default config;
