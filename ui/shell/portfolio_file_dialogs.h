#pragma once

#include <QString>

class QWidget;

namespace pd::ui {

// "ProjectDesk portfolios (*.db);;All files (*)", translated.
QString portfolioFileFilter();
// A save dialog for a new portfolio file that adds ".db" itself, so that its overwrite question is
// about the real file. Empty when cancelled.
QString askNewPortfolioFile(QWidget *parent, const QString &title);

} // namespace pd::ui
