import fs from "node:fs";
import path from "node:path";
import type { Provider } from "./config";

/**
 * Prisma fixes the provider in the schema file and in each generated client, so
 * Factbound keeps one source schema (prisma/schema.prisma) and derives one copy
 * per provider from it. Only the datasource provider and the client's output
 * folder differ between the copies.
 */
export const PROVIDERS: readonly Provider[] = ["sqlite", "postgresql"];

export const projectRoot = path.resolve(__dirname, "..", "..");
export const sourceSchemaPath = path.join(projectRoot, "prisma", "schema.prisma");

export function derivedSchemaPath(provider: Provider): string {
  return path.join(projectRoot, "prisma", "generated", provider, "schema.prisma");
}

export function migrationsDir(provider: Provider): string {
  return path.join(projectRoot, "prisma", "migrations", provider);
}

export function clientDir(provider: Provider): string {
  return path.join(projectRoot, "lib", "db", "generated", provider);
}

/** The schema text for a provider, derived from the source schema text. */
export function deriveSchema(source: string, provider: Provider, schemaPath = derivedSchemaPath(provider)): string {
  const providerLine = /(datasource\s+db\s*\{[^}]*?provider\s*=\s*)"[^"]*"/;
  const outputLine = /(generator\s+client\s*\{[^}]*?output\s*=\s*)"[^"]*"/;
  if (!providerLine.test(source) || !outputLine.test(source)) {
    throw new Error("prisma/schema.prisma needs a datasource db with a provider and a generator client with an output.");
  }
  const output = path.relative(path.dirname(schemaPath), clientDir(provider)).split(path.sep).join("/");
  return (
    `// Generated from prisma/schema.prisma for ${provider}; edit the source, not this file.\n` +
    source.replace(providerLine, `$1"${provider}"`).replace(outputLine, `$1"${output}"`)
  );
}

export function readSourceSchema(): string {
  return fs.readFileSync(sourceSchemaPath, "utf8");
}

/** Write the derived schema files; returns their paths by provider. */
export function writeDerivedSchemas(source = readSourceSchema()): Record<Provider, string> {
  const out = {} as Record<Provider, string>;
  for (const provider of PROVIDERS) {
    const file = derivedSchemaPath(provider);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const text = deriveSchema(source, provider, file);
    if (!fs.existsSync(file) || fs.readFileSync(file, "utf8") !== text) fs.writeFileSync(file, text);
    out[provider] = file;
  }
  return out;
}
