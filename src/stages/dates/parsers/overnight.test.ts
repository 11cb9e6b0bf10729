import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { overnight } from "./overnight.ts";
import { days, only, textsAlone } from "./parser-fixtures.ts";

describe("overnight parser", () => {
  it("reads a bare 'overnight' as the night before publication", () => {
    const r = only(overnight, "Rockets struck the airfield overnight.", "2025-12-20");
    assert.deepEqual(r.value, days("2025-12-19"));
    assert.equal(r.overnight, true);
  });

  it("is turned down without a publication date", () => {
    assert.deepEqual(textsAlone(overnight, "Rockets struck the airfield overnight.", null), []);
  });
});
