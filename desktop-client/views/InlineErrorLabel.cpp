#include "InlineErrorLabel.h"

#include <QVBoxLayout>

namespace laoke::ui {

InlineErrorLabel::InlineErrorLabel(QWidget* parent) : QLabel(parent) {
    setProperty("laokeRole", QStringLiteral("error"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void InlineErrorLabel::setError(const QString& message) {
    setText(message);
    setVisible(!message.isEmpty());
}

QVBoxLayout* InlineErrorLabel::stacked(QWidget* field, InlineErrorLabel* error) {
    auto* layout = new QVBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(field);
    layout->addWidget(error);
    return layout;
}

}  // namespace laoke::ui
