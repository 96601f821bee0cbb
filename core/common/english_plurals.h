#pragma once

class QTranslator;

namespace pd {

// English is the source language, but its plurals are not: "%n row(s)" reads "1 row" and "3 rows"
// through this catalogue (resources/translations/projectdesk_en.ts, made by
// scripts/fill_english_plurals.py). Loaded once; null when the build has none (the fuzzing build).
const QTranslator *englishPlurals();
// Installs it in the application: the command line always, the windows when they speak English.
void installEnglishPlurals();

} // namespace pd
