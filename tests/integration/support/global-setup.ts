import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../../lib/db/migrations";
import { pgUrlFor, sqliteTemplatePath, templateName, TEST_PROVIDER, TEST_ROOT, withPgAdmin } from "./databases";

/** Migrate one fresh template database for this run; test files copy it. */
export default async function setup(project: TestProject) {
  const runId = `${Date.now().toString(36)}${process.pid}`;
  project.provide("runId", runId);
  if (TEST_PROVIDER === "sqlite") {
    const file = sqliteTemplatePath(runId);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await applyMigrations(`file:${file}`);
    return async () => fs.rmSync(path.join(TEST_ROOT, runId), { recursive: true, force: true });
  }
  const template = templateName(runId);
  await withPgAdmin((c) => c.query(`CREATE DATABASE "${template}"`));
  await applyMigrations(pgUrlFor(template));
  return async () => {
    await withPgAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`));
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    runId: string;
  }
}
