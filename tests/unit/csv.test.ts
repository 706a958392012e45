import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/results/csv";

describe("CSV exports", () => {
  it("starts with a byte-order mark and keeps accents", () => {
    const csv = toCsv(["name"], [["Zoë Ångström"]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain("Zoë Ångström");
  });

  it("neutralises cells that a spreadsheet would run as formulas, but not negative numbers", () => {
    const csv = toCsv(["a", "b", "c", "d", "e", "f"], [["=SUM(A1)", "+1", "-2+3", "@cmd", "\tx", -2]]);
    const line = csv.slice(1).split("\r\n")[1]!;
    expect(line).toBe(`'=SUM(A1),'+1,'-2+3,'@cmd,'\tx,-2`);
  });

  it("quotes commas, quotes and new lines", () => {
    const csv = toCsv(["q"], [['He said "no", then\nleft']]);
    expect(csv.slice(1).split("\r\n")[1]).toBe('"He said ""no"", then\nleft"');
  });
});
