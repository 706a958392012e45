import { describe, expect, it } from "vitest";
import { demoDataWanted } from "@/scripts/lib/demo-choice";

const root = "/srv/factbound";
const wanted = (url: string, argv: string[] = [], env: { FACTBOUND_DEMO?: string } = {}) => demoDataWanted({ url, root, argv, env }).seed;

describe("demo data on npm start", () => {
  it("is added to the embedded SQLite default, however its URL is spelled", () => {
    expect(wanted("file:./data/factbound.db")).toBe(true);
    expect(wanted("file:/srv/factbound/data/factbound.db")).toBe(true);
  });

  it("is never added silently to PostgreSQL or another SQLite file", () => {
    expect(wanted("postgresql://factbound:secret@db.school.internal:5432/factbound")).toBe(false);
    expect(wanted("postgres://u:p@localhost/x")).toBe(false);
    expect(wanted("file:./data/school.db")).toBe(false);
  });

  it("is added anywhere when asked, and can be turned off on the default", () => {
    expect(wanted("postgresql://u:p@localhost/x", ["--demo"])).toBe(true);
    expect(wanted("postgresql://u:p@localhost/x", [], { FACTBOUND_DEMO: "1" })).toBe(true);
    expect(wanted("file:./data/factbound.db", [], { FACTBOUND_DEMO: "0" })).toBe(false);
  });
});
