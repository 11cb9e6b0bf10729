import { render } from "preact";
import { App } from "./App.tsx";

const root = document.getElementById("app")!;
// The page's "Loading" placeholder goes: render adds to a container, it does not replace what is there.
root.replaceChildren();
render(<App />, root);
