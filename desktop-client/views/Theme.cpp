#include "Theme.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QStyle>
#include <QStyleFactory>

namespace laoke::ui {

namespace {

const char* const kStyleSheet = R"(
QListWidget#navigationList {
    background: #f3f5f8;
    border: none;
    border-right: 1px solid #dfe3ea;
    padding: 10px 8px;
    outline: 0;
}
QListWidget#navigationList::item {
    padding: 9px 10px;
    margin: 1px 0;
    border-radius: 6px;
    color: #2b313b;
}
QListWidget#navigationList::item:hover { background: #e8ecf2; }
QListWidget#navigationList::item:selected { background: #dde8fb; color: #1d4ea8; }
QLabel[laokeRole="heading"] { font-size: 16pt; font-weight: 600; color: #1f2530; }
QLabel[laokeRole="hint"] { color: #667085; }
QLabel[laokeRole="error"] { color: #c0392b; }
QPushButton[laokePrimary="true"] {
    background: #2f6fde; color: white; border: 1px solid #2a63c7;
    border-radius: 4px; padding: 6px 18px; font-weight: 600;
}
QPushButton[laokePrimary="true"]:hover { background: #3b7be8; }
QPushButton[laokePrimary="true"]:pressed { background: #2559b8; }
QPushButton[laokePrimary="true"]:disabled { background: #a9c1ec; border-color: #a9c1ec; }
QPushButton { padding: 5px 14px; }
QTableView::item { padding: 0 14px 0 10px; }
QTableView { gridline-color: #eceff3; selection-background-color: #dde8fb; selection-color: #1f2530; }
QHeaderView::section {
    background: #f7f8fa; border: none; border-bottom: 1px solid #dfe3ea;
    padding: 6px 8px 6px 3px; font-weight: 600; color: #3d4450;
}
QStatusBar { background: #f7f8fa; border-top: 1px solid #dfe3ea; }
QFrame#sessionHeader { background: #ffffff; border-bottom: 1px solid #dfe3ea; }
)";

}  // namespace

void Theme::apply(QApplication& app) {
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QPalette palette = app.style()->standardPalette();
    palette.setColor(QPalette::Window, QColor(0xfa, 0xfb, 0xfc));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf8, 0xfa));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xde));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Button, QColor(0xf4, 0xf5, 0xf7));
    palette.setColor(QPalette::WindowText, QColor(0x1f, 0x25, 0x30));
    palette.setColor(QPalette::Text, QColor(0x1f, 0x25, 0x30));
    app.setPalette(palette);

    // The platform's UI font first; the CJK families after it are only used for glyphs the
    // first one lacks, so Chinese renders on systems whose default font has none.
    QFont font = QApplication::font();
    font.setFamilies({font.family(), QStringLiteral("Microsoft YaHei UI"), QStringLiteral("PingFang SC"),
                      QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Micro Hei")});
    if (font.pointSizeF() < 10) font.setPointSizeF(10);
    app.setFont(font);

    app.setStyleSheet(QString::fromLatin1(kStyleSheet));
}

QFont Theme::monospaceFont() {
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleHint(QFont::Monospace);
    font.setPointSizeF(QApplication::font().pointSizeF());
    return font;
}

void Theme::makePrimary(QPushButton* button) {
    button->setProperty("laokePrimary", true);
    button->setDefault(true);
    // The button may already be polished (a QDialogButtonBox lays it out at once), and a
    // changed dynamic property only takes effect after polishing again.
    button->style()->unpolish(button);
    button->style()->polish(button);
}

void Theme::makeHeading(QLabel* label) {
    label->setProperty("laokeRole", QStringLiteral("heading"));
}

void Theme::styleBadge(QLabel* badge, const QColor& colour, const QString& text) {
    QColor fill = colour;
    fill.setAlpha(30);
    badge->setText(text);
    badge->setStyleSheet(QStringLiteral("QLabel { color:%1; background:rgba(%2,%3,%4,%5); border:1px solid rgba(%2,%3,%4,80);"
                                        " border-radius:10px; padding:1px 10px; font-weight:600; }")
                             .arg(colour.name())
                             .arg(fill.red())
                             .arg(fill.green())
                             .arg(fill.blue())
                             .arg(fill.alpha()));
    badge->setVisible(!text.isEmpty());
}

void Theme::makeHint(QLabel* label) {
    label->setProperty("laokeRole", QStringLiteral("hint"));
    label->setWordWrap(true);
}

}  // namespace laoke::ui
