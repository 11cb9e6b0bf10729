/**
 * The layers of src/, checked by `npm run lint:layers` (dependency-cruiser). Tests may compose any
 * layers (a stage's test builds its article with ingest/), so the rules read source files only.
 *
 *   core        types and data-file reading: imports nothing of ours
 *   actors, geo domain knowledge (names, places): never extraction, storage or interfaces
 *   stages      extraction, pure: never storage, interfaces, the use cases or any I/O
 *   merge       merging, pure: of storage only its port (storage/merge-repository.ts)
 *   storage     ports, rows and queries: core only
 *   app         the use cases: never interfaces
 *   interfaces  CLI, HTTP, web: call the use cases and the read queries, never extraction or merging
 *
 * extract() itself is called by one use case (app/read-article.ts) and `sitrep extract` only.
 *
 * No source file is excepted from a layer rule but the conformance suites (tests both adapters share)
 * and `sitrep extract`, each with its reason below.
 */

const SOURCE = "^src/";
const NOT_A_TEST = "\\.test\\.ts$";

// The conformance suites are tests shared by both adapters: they store fixed readings through the
// use cases (src/app/) as the program does, and may compose layers like any test.
const STORAGE_CONFORMANCE = ["^src/storage/[a-z-]+-conformance\\.ts$"];

export default {
  forbidden: [
    {
      name: "core-imports-nothing-of-ours",
      comment: "core holds the shared types and data-file reading; everything else builds on it",
      severity: "error",
      from: { path: "^src/core/" },
      to: { path: SOURCE, pathNot: "^src/core/" },
    },
    {
      name: "knowledge-below-extraction",
      comment: "actors/ and geo/ are what the stages know (names, places); they never reach up",
      severity: "error",
      from: { path: "^src/(actors|geo)/", pathNot: NOT_A_TEST },
      to: { path: "^src/(stages|storage|interfaces|app|ingest|feeds|queue|watchlists|export|merge)/" },
    },
    {
      name: "stages-are-pure",
      comment: "extraction is pure: no storage, interfaces, use cases, merging or I/O",
      severity: "error",
      from: { path: "^src/stages/", pathNot: NOT_A_TEST },
      to: { path: "^src/(storage|interfaces|app|ingest|feeds|fetch|queue|watchlists|export|merge|filters)/" },
    },
    {
      name: "merging-is-pure",
      comment: "merging is pure functions over reports: of storage it reads only its port's types and window",
      severity: "error",
      from: { path: "^src/merge/", pathNot: NOT_A_TEST },
      to: {
        path: "^src/(storage|interfaces|app|ingest|feeds|fetch|queue|watchlists|export|filters)/",
        pathNot: "^src/storage/merge-repository\\.ts$",
      },
    },
    {
      name: "storage-imports-only-core",
      comment: "storage is persistence: ports, rows and queries over core types",
      severity: "error",
      from: {
        path: "^src/storage/",
        pathNot: [NOT_A_TEST, ...STORAGE_CONFORMANCE],
      },
      to: { path: SOURCE, pathNot: "^src/(storage|core)/" },
    },
    {
      name: "use-cases-below-interfaces",
      comment: "the use cases are called by the interfaces, never the other way",
      severity: "error",
      from: { path: "^src/app/" },
      to: { path: "^src/interfaces/" },
    },
    {
      name: "interfaces-call-use-cases",
      comment: "interfaces call the use cases and read queries; extraction, merging and writing are theirs",
      severity: "error",
      from: {
        path: "^src/interfaces/",
        // `sitrep extract` prints an extraction and stores nothing: it is the one caller of extract() besides ingesting.
        pathNot: [NOT_A_TEST, "^src/interfaces/cli/extract-command\\.ts$"],
      },
      to: {
        path: "^src/(stages|merge|geo|actors)/|^src/storage/shared/write-article\\.ts$",
        // The actor registry's shape is what the actor routes and command print.
        dependencyTypesNot: ["type-only"],
      },
    },
    {
      name: "extraction-through-the-use-cases",
      comment:
        "an article is read (extract()) only by the use case app/read-article.ts, which ingesting, re-dating and the API's reading workers call, and by `sitrep extract`, which stores nothing",
      severity: "error",
      from: { path: SOURCE, pathNot: [NOT_A_TEST, "^src/app/read-article\\.ts$", "^src/interfaces/cli/extract-command\\.ts$"] },
      to: { path: "^src/stages/extract\\.ts$" },
    },
    {
      name: "adapters-from-the-composition-root",
      comment: "a store adapter is chosen where the program starts (CLI, HTTP), not by the code that uses a store",
      severity: "error",
      from: { path: SOURCE, pathNot: [NOT_A_TEST, "^src/storage/", "^src/interfaces/"] },
      to: { path: "^src/storage/(sqlite|postgres)/" },
    },
    {
      name: "no-unresolvable-import",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: "dependencies-are-declared",
      comment: "every package imported is in package.json",
      severity: "error",
      from: {},
      to: { dependencyTypes: ["npm-no-pkg", "npm-unknown"] },
    },
    {
      name: "no-dev-dependency-in-source",
      comment: "what src/ runs must be installed with --omit=dev (the container image)",
      severity: "error",
      from: { path: SOURCE, pathNot: [NOT_A_TEST, "fixtures?\\.ts$", "conformance\\.ts$", "test-server\\.ts$"] },
      to: { dependencyTypes: ["npm-dev"], dependencyTypesNot: ["type-only"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
