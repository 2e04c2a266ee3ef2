#include "MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace laoke::ui {

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_action(new QPushButton(this)) {
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(QStringLiteral("messageAction"));
    m_action->hide();
    auto* close = new QToolButton(this);
    close->setObjectName(QStringLiteral("messageClose"));
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(close, 0, Qt::AlignTop);

    connect(close, &QToolButton::clicked, this, &MessageBar::hideMessage);
    connect(m_action, &QPushButton::clicked, this, [this] {
        auto callback = m_callback;
        hideMessage();
        if (callback) callback();
    });
    hide();
}

void MessageBar::showMessage(Level level, const QString& text, const QString& actionText,
                             std::function<void()> action) {
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString colours = QStringLiteral("background:#eef4fe; border:1px solid #c8d9f6;");
    switch (level) {
    case Level::Information:
        break;
    case Level::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        colours = QStringLiteral("background:#fff7e6; border:1px solid #f3d49b;");
        break;
    case Level::Error:
        icon = QStyle::SP_MessageBoxCritical;
        colours = QStringLiteral("background:#fdeeee; border:1px solid #f0c2c0;");
        break;
    }
    setStyleSheet(QStringLiteral("laoke--ui--MessageBar { %1 border-radius: 6px; }").arg(colours));
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(20, 20));
    m_text->setText(text);
    m_callback = std::move(action);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
}

void MessageBar::hideMessage() {
    m_callback = nullptr;
    m_text->clear();
    hide();
}

QString MessageBar::text() const {
    return m_text->text();
}

}  // namespace laoke::ui
