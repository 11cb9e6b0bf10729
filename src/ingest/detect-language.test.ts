import assert from "node:assert/strict";
import { test } from "node:test";
import { detectLanguage, languageName, languageWarning } from "./detect-language.ts";

test("tells English from French, Spanish, German and Arabic news", () => {
  assert.equal(
    detectLanguage("Gunmen attacked a village in central Mali on Sunday, killing at least twelve civilians, local sources said."),
    "eng",
  );
  assert.equal(
    detectLanguage(
      "Des hommes armés ont attaqué dimanche un village du centre du Mali, tuant au moins douze civils, selon des sources locales.",
    ),
    "fra",
  );
  assert.equal(
    detectLanguage("Hombres armados atacaron el domingo una aldea en el norte del país y mataron a por lo menos doce civiles."),
    "spa",
  );
  assert.equal(
    detectLanguage("Bewaffnete haben am Sonntag ein Dorf im Norden angegriffen und mindestens zwölf Zivilisten getötet."),
    "deu",
  );
  assert.equal(detectLanguage("هاجم مسلحون قرية في شمال البلاد يوم الأحد وقتلوا ما لا يقل عن اثني عشر مدنيا حسب مصادر محلية"), "arb");
});

test("keeps a short English dispatch full of names English", () => {
  assert.equal(detectLanguage("Militants ambushed a patrol near Kauswagan, Lanao del Norte, on Tuesday, the army said."), "eng");
});

test("knows nothing of a text too short to tell", () => {
  assert.equal(detectLanguage("Gao."), null);
});

test("warns of an article not in English by its language's name, never of one in English", () => {
  assert.equal(languageName("fra"), "French");
  assert.equal(languageWarning("a.txt", "fra"), "article a.txt looks French: Sitrep reads English only");
  assert.equal(languageWarning("a.txt", "eng"), null);
  assert.equal(languageWarning("a.txt", null), null);
});
