#pragma once

#include "common/language.h"
#include "money/money.h"

#include <QString>

namespace pd::ui {

// A large amount as an officer writes it on a dashboard, rounded for reading (the figure itself
// stays exact): English in millions with one decimal ("1,526.5 M"); Chinese in 亿 with one decimal
// from 100 million ("15.3亿"), else in whole 万 from 10,000 ("5,400万"), else the whole amount.
// Rounded half away from zero, in integers.
QString largeAmount(const Money &amount, Language language);

} // namespace pd::ui
