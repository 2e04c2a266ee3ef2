#pragma once
// A red message directly under a form field or at the bottom of a dialog. It takes no room
// while there is nothing to say, so forms do not show empty gaps.

#include <QLabel>

class QVBoxLayout;

namespace laoke::ui {

class InlineErrorLabel : public QLabel {
    Q_OBJECT
public:
    explicit InlineErrorLabel(QWidget* parent = nullptr);

    /// Shows `message`, or hides the label when it is empty.
    void setError(const QString& message);
    void clearError() { setError({}); }
    bool hasError() const { return !text().isEmpty(); }

    /// A layout holding `field` with `error` right under it, for one row of a form.
    static QVBoxLayout* stacked(QWidget* field, InlineErrorLabel* error);
};

}  // namespace laoke::ui
