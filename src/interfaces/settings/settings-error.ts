import { SitrepError } from "../../core/errors.ts";

/** A setting that cannot be used: names where it came from (file, variable or flag) and what is wrong. */
export class SettingsError extends SitrepError {
  override name = "SettingsError";
}
