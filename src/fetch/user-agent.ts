import packageJson from "../../package.json" with { type: "json" };

/**
 * Where the operators of the sites Sitrep reads can learn what it is. The project has no public
 * address in package.json yet ("homepage"); until it does, this one is named here.
 */
const PROJECT_PAGE = (packageJson as { homepage?: string }).homepage ?? "https://github.com/sitrep/sitrep";

/**
 * Sitrep's own name on every request it makes: a site sees what is reading it and where to ask
 * about it. Never a browser's name: a reader that hides what it is cannot be told to stop.
 */
export const USER_AGENT = `Sitrep/${packageJson.version} (+${PROJECT_PAGE})`;
