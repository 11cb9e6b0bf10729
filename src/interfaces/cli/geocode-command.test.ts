import assert from "node:assert/strict";
import { test } from "node:test";
import { describeGeocode } from "./geocode-command.ts";

test("a namesake is chosen by the country context and the choice is shown among the candidates", () => {
  const out = describeGeocode("Tripoli", "LB");
  assert.match(out, /Tripoli, North Lebanon, LB \(city[^\n]*← chosen/);
  assert.match(out, /Tripoli, [^\n]*LY/);
});

test("a transliteration and a compass region are read with their precision", () => {
  const out = describeGeocode("clashes near Deir el-Zour in eastern Syria", null);
  assert.match(out, /"Deir el-Zour" → Deir ez-Zor, [^\n]*SY \(near;/);
  assert.match(out, /"eastern Syria" → [^\n]*\(region;/);
});
