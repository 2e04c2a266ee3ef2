#pragma once
// Laoke's look in one place: the Fusion style with a light, calm palette, a UI font with a
// Chinese fallback (so 中文 never renders as empty boxes), and a small style sheet for the
// navigation list, headings, primary buttons and inline errors.

#include <QFont>

class QApplication;
class QPushButton;
class QColor;
class QLabel;
class QString;

namespace laoke::ui {

class Theme {
public:
    /// Sets style, palette, font and style sheet on the application.
    static void apply(QApplication& app);
    /// A fixed-width font for fingerprints and similar codes.
    static QFont monospaceFont();
    /// Marks a button as the one main action of its screen (filled accent colour).
    static void makePrimary(QPushButton* button);
    /// Styles a label as a screen or dialog heading.
    static void makeHeading(QLabel* label);
    /// Shows `text` in `badge` as a small rounded badge tinted with `colour` (hidden when empty).
    static void styleBadge(QLabel* badge, const QColor& colour, const QString& text);
    /// Styles a label as secondary, explanatory text.
    static void makeHint(QLabel* label);
};

}  // namespace laoke::ui
