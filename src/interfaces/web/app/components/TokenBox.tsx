/** Where a reviewer pastes a write token; it stays in this browser's storage. */

import { useState } from "preact/hooks";
import { savedToken, saveToken } from "../api.ts";

export function TokenBox({ onChange }: { onChange: () => void }) {
  const [token, setToken] = useState(savedToken());
  const [editing, setEditing] = useState(false);
  if (!editing) {
    return (
      <button class="link-button token-button" onClick={() => setEditing(true)} data-testid="token-button">
        {token ? "Token set ✓" : "Add token to review"}
      </button>
    );
  }
  return (
    <form
      class="token-box"
      onSubmit={(e) => {
        e.preventDefault();
        saveToken(token.trim());
        setEditing(false);
        onChange();
      }}
    >
      <input
        type="password"
        name="token"
        autoComplete="off"
        placeholder="sitrep token create NAME"
        value={token}
        onInput={(e) => setToken(e.currentTarget.value)}
      />
      <button type="submit">Save</button>
    </form>
  );
}
