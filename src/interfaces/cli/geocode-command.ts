import { Command } from "commander";
import { explainGeocode } from "../../app/explain-geocode.ts";

const fmt = (lat: number | null, lon: number | null) =>
  lat === null || lon === null ? "no coordinates" : `${lat.toFixed(4)}, ${lon.toFixed(4)}`;

/** What the gazetteer makes of a text: the places the finder reads in it, and for a bare name its namesakes. */
export function describeGeocode(text: string, countryHint: string | null): string {
  const { countryContext: hint, places, namesakes, chosen: choice } = explainGeocode(text, countryHint);
  const out: string[] = [];
  out.push(`places read in "${text}"${hint ? ` (country context ${hint})` : ""}:`);
  if (places.length === 0) out.push("  none");
  for (const h of places) {
    const p = h.place;
    const why = h.countryOnly
      ? h.demonym
        ? "a demonym: the country, as context"
        : "a country name"
      : p.lat === null
        ? "named as a place by the words around it, but not in the gazetteer: mapped as coarsely as the text allows"
        : `the gazetteer's best match, precision from the words around it`;
    out.push(
      `  "${text.slice(h.start, h.end)}" → ${p.name}, ${p.admin1 ?? "-"}, ${p.country ?? "?"} (${p.precision}; ${fmt(p.lat, p.lon)}): ${why}`,
    );
  }
  const name = text.trim();
  if (namesakes.length) {
    out.push("", `namesakes of "${name}" (largest first):`);
    for (const c of namesakes.slice(0, 10)) {
      const chosen = choice && c.lat === choice.lat && c.lon === choice.lon ? "  ← chosen" : "";
      out.push(`  ${c.name}, ${c.admin1 ?? "-"}, ${c.country} (${c.kind}, population ${c.population}; ${fmt(c.lat, c.lon)})${chosen}`);
    }
    if (!choice) out.push("  none chosen: abroad and neither large nor near the article's other places");
    else
      out.push(
        `  chosen by: ${hint && choice.country === hint ? "the country context, then " : ""}a city over the division named after it, then population`,
      );
  }
  return out.join("\n");
}

/** `sitrep geocode "TEXT"`. */
export function geocodeCommand(): Command {
  return new Command("geocode")
    .description("show the places the offline gazetteer reads in a text, their candidates and the choice made")
    .argument("<text>", 'a place name or a phrase, e.g. "near Deir ez-Zor" or "northwestern Syria"')
    .option("--country <name-or-code>", "the article's country, used to choose among namesakes")
    .action((text: string, opts: { country?: string }) => {
      console.log(describeGeocode(text, opts.country ?? null));
    });
}
