#include "settings/Appearance.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace cw::ui {

namespace {

// What the platform gave us before any forced palette; restored for System.
struct SystemLook
{
    QString styleName;
    QPalette palette;
    bool captured = false;
};

SystemLook &systemLook()
{
    static SystemLook look;
    if (!look.captured && qApp) {
        look.styleName = QApplication::style()->name();
        look.palette = QApplication::palette();
        look.captured = true;
    }
    return look;
}

} // namespace

bool Appearance::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

QPalette Appearance::darkPalette()
{
    QPalette p;
    const QColor window(0x2B, 0x2D, 0x31);
    const QColor base(0x1F, 0x21, 0x24);
    const QColor text(0xE6, 0xE6, 0xE6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2C));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3C));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3D, 0x6F, 0xB4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7F, 0xB4, 0xF0));
    p.setColor(QPalette::LinkVisited, QColor(0xB8, 0x9C, 0xE8));
    p.setColor(QPalette::Mid, QColor(0x44, 0x46, 0x4B));
    p.setColor(QPalette::Midlight, QColor(0x3A, 0x3C, 0x41));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1B));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QPalette Appearance::lightPalette()
{
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette p = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    return p;
}

void Appearance::apply(AppSettings::Appearance appearance)
{
    SystemLook &look = systemLook();
    switch (appearance) {
    case AppSettings::Appearance::System:
        if (QApplication::style()->name() != look.styleName)
            QApplication::setStyle(look.styleName);
        QApplication::setPalette(look.palette);
        return;
    case AppSettings::Appearance::Light:
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(lightPalette());
        return;
    case AppSettings::Appearance::Dark:
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        return;
    }
}

} // namespace cw::ui
