#include "color_scheme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace pd::ui::ColorScheme {

namespace {

// The platform's own palette and style, kept before the first change so that "system" can go back.
struct Original
{
    QPalette palette;
    QString style;
};

const Original &original()
{
    static const Original kept{QApplication::palette(), QApplication::style() ? QApplication::style()->name() : QString()};
    return kept;
}

} // namespace

QStringList keys()
{
    return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2d, 0x2d, 0x30), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x29));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3e));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x45));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x34));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1c));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb4, 0x9c, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    // Disabled actions (Undo with nothing to undo) must look disabled: dimmed, not white.
    const QColor dimmed(0x7a, 0x7a, 0x80);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
        p.setColor(QPalette::Disabled, role, dimmed);
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0x33, 0x33, 0x37));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x55));
    p.setColor(QPalette::Disabled, QPalette::Light, window);
    return p;
}

void apply(const QString &key)
{
    const Original &kept = original();
    if (key == QLatin1String("dark") || key == QLatin1String("light")) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(key == QLatin1String("dark") ? darkPalette() : QApplication::style()->standardPalette());
        return;
    }
    if (!kept.style.isEmpty() && QApplication::style()->name() != kept.style)
        QApplication::setStyle(QStyleFactory::create(kept.style));
    QApplication::setPalette(kept.palette);
}

bool isDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

QColor alertText()
{
    return isDark() ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

QColor alertBackground()
{
    return isDark() ? QColor(0x4a, 0x1c, 0x22) : QColor(0xfd, 0xec, 0xee);
}

} // namespace pd::ui::ColorScheme
