import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine as SchemaEngineType } from "@prisma/schema-engine-wasm";
import { createAdapter } from "./adapters";

export type SchemaEngine = SchemaEngineType;

type Glue = typeof import("@prisma/schema-engine-wasm");
let gluePromise: Promise<Glue> | undefined;

/**
 * Load Prisma's schema engine compiled to WebAssembly. The package's own entry
 * imports the .wasm as an ES module, which Node 20 cannot do, so we instantiate
 * the module ourselves with the package's own JS glue (same version as the wasm).
 */
function loadGlue(): Promise<Glue> {
  gluePromise ??= (async () => {
    const require = createRequire(__filename);
    const entry = require.resolve("@prisma/schema-engine-wasm");
    const dir = path.dirname(entry);
    const glue = (await import(pathToFileURL(path.join(dir, "schema_engine_bg.js")).href)) as Glue & {
      __wbg_set_wasm(wasm: WebAssembly.Exports): void;
    };
    const bytes = fs.readFileSync(path.join(dir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue as never });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return gluePromise;
}

export interface EngineLog {
  level?: string;
  message?: string;
}

/**
 * Run `fn` with a schema engine on the database at `url` (or on the given adapter
 * factory), with the given schema as its datamodel; frees the engine and closes
 * its connections afterwards.
 */
export async function withSchemaEngine<T>(
  target: string | SqlMigrationAwareDriverAdapterFactory,
  schema: { path: string; content: string },
  fn: (engine: SchemaEngine) => Promise<T>,
  onLog: (line: string) => void = () => {},
): Promise<T> {
  const glue = await loadGlue();
  const handle = typeof target === "string" ? createAdapter(target) : { factory: target, close: async () => {} };
  try {
    const adapter = bindMigrationAwareSqlAdapterFactory(handle.factory);
    const engine = await glue.SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, onLog, adapter);
    try {
      return await fn(engine);
    } finally {
      engine.free();
    }
  } finally {
    await handle.close();
  }
}
