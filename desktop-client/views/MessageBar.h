#pragma once
// A slim coloured bar above a table that reports the outcome of an action (information,
// warning or error), optionally with one action button such as "Reload". It replaces modal
// message boxes for things the user should see but need not acknowledge.

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace laoke::ui {

class MessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Level { Information, Warning, Error };

    explicit MessageBar(QWidget* parent = nullptr);

    /// Shows `text`; with a non-empty `actionText` a button runs `action` and hides the bar.
    void showMessage(Level level, const QString& text, const QString& actionText = {},
                     std::function<void()> action = {});
    void hideMessage();
    QString text() const;

private:
    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_action;
    std::function<void()> m_callback;
};

}  // namespace laoke::ui
