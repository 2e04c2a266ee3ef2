#include "SectionPane.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace laoke::ui {

SectionPane::SectionPane(QWidget* content, QWidget* parent)
    : QFrame(parent),
      m_title(new QLabel(this)),
      m_count(new QLabel(this)),
      m_empty(new QLabel(this)),
      m_stack(new QStackedWidget(this)),
      m_buttons(new QHBoxLayout) {
    setProperty("laokePane", true);
    setStyleSheet(QStringLiteral("QFrame[laokePane=\"true\"] { background:white; border:1px solid #dfe3ea; border-radius:8px; }"
                                 "QFrame[laokePane=\"true\"] QTableView { border:none; }"));
    m_title->setStyleSheet(QStringLiteral("font-weight:600; font-size:11pt; color:#1f2530; border:none;"));
    m_count->setObjectName(QStringLiteral("paneCount"));
    m_count->setStyleSheet(QStringLiteral("color:#667085; background:#f0f2f5; border-radius:8px; padding:0 7px; border:none;"));
    m_empty->setObjectName(QStringLiteral("paneEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color:#8a8f98; border:none; padding:18px;"));
    m_stack->addWidget(content);
    m_stack->addWidget(m_empty);
    m_buttons->setSpacing(4);

    auto* header = new QHBoxLayout;
    header->setContentsMargins(14, 8, 8, 6);
    header->setSpacing(8);
    header->addWidget(m_title);
    header->addWidget(m_count);
    header->addStretch(1);
    header->addLayout(m_buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    refreshCount();
}

void SectionPane::setTitle(const QString& title) {
    m_title->setText(title);
}

void SectionPane::setCount(int count) {
    m_value = count;
    refreshCount();
}

void SectionPane::setEmptyText(const QString& text) {
    m_empty->setText(text);
}

QPushButton* SectionPane::addButton(const QString& objectName) {
    auto* button = new QPushButton(this);
    button->setObjectName(objectName);
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    button->setStyleSheet(QStringLiteral("QPushButton { color:#2f6fde; padding:3px 8px; border:none; }"
                                         "QPushButton:hover { background:#eef4fe; border-radius:4px; }"
                                         "QPushButton:disabled { color:#b8bec8; }"));
    m_buttons->addWidget(button);
    return button;
}

void SectionPane::refreshCount() {
    m_count->setText(QString::number(m_value));
    m_stack->setCurrentIndex(m_value > 0 ? 0 : 1);
}

}  // namespace laoke::ui
