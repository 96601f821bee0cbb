#include "main_window.h"
namespace pd::ui { void MainWindow::recoverPortfolio() { } }
