import packageJson from "../../package.json" with { type: "json" };

/**
 * Sitrep's own name on every request it makes: a site sees what is reading it. Never a browser's
 * name: a reader that hides what it is cannot be told to stop. An operator running a shared
 * instance can add where to reach them with SITREP_CONTACT (an address or a URL); the project's
 * page is named too once package.json has a "homepage".
 */
function userAgent(): string {
  const contact = [process.env["SITREP_CONTACT"], (packageJson as { homepage?: string }).homepage].filter((s) => s && s.trim());
  return `Sitrep/${packageJson.version} (news reader for conflict-event records${contact.length ? `; +${contact.join("; ")}` : ""})`;
}

export const USER_AGENT = userAgent();
