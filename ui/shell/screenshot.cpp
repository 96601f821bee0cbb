#include "screenshot.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace pd::ui {

void screenshotAndQuit(QWidget *widget, const QString &path, int settleMs)
{
    QTimer::singleShot(settleMs, widget, [widget, path] {
        QDir().mkpath(QFileInfo(path).absolutePath());
        const bool saved = widget->grab().save(path);
        if (!saved)
            std::fprintf(stderr, "projectdesk: could not save the screenshot to %s\n", qPrintable(path));
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

} // namespace pd::ui
