#include "KbArticleDialog.h"

#include "InlineErrorLabel.h"
#include "KbArticleModel.h"
#include "KbArticleReader.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace laoke::ui {

KbArticleDialog::KbArticleDialog(client::Connection& connection, client::TicketCategories& categories, qint64 articleId,
                                 QWidget* parent)
    : QDialog(parent),
      m_model(new client::KbArticleModel(connection, this)),
      m_reader(new KbArticleReader(categories, this)),
      m_error(new InlineErrorLabel(this)),
      m_close(new QPushButton(this)) {
    setObjectName(QStringLiteral("kbArticleDialog"));
    resize(620, 560);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(18, 0, 18, 14);
    buttons->addWidget(m_error, 1);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_reader, 1);
    layout->addLayout(buttons);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_model, &client::KbArticleModel::loaded, this, [this] {
        m_reader->showArticle(m_model->article());
        retranslate();
    });
    connect(m_model, &client::KbArticleModel::loadFailed, this,
            [this](const client::ClientError& error) { m_error->setError(error.userMessage()); });
    retranslate();
    m_model->load(articleId);
}

void KbArticleDialog::retranslate() {
    const QString title = QString::fromStdString(m_model->article().title());
    setWindowTitle(title.isEmpty() ? tr("Knowledge article") : tr("Knowledge article: %1").arg(title));
    m_close->setText(tr("Close"));
}

void KbArticleDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QDialog::changeEvent(event);
}

}  // namespace laoke::ui
