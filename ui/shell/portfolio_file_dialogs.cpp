#include "portfolio_file_dialogs.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>

namespace pd::ui {

QString portfolioFileFilter()
{
    return QCoreApplication::translate("pd::ui::MainWindow", "ProjectDesk portfolios (*.db);;All files (*)");
}

QString askNewPortfolioFile(QWidget *parent, const QString &title)
{
    QFileDialog dialog(parent, title, QString(), portfolioFileFilter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("db"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    QString path = dialog.selectedFiles().first();
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".db");
    return path;
}

} // namespace pd::ui
