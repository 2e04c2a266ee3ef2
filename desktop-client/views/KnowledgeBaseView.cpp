#include "KnowledgeBaseView.h"

#include "KbArticleEditor.h"
#include "KbArticleModel.h"
#include "KbArticleReader.h"
#include "KbNames.h"
#include "KbPermissions.h"
#include "KbResultDelegate.h"
#include "KbSearchModel.h"
#include "MessageBar.h"
#include "ProductCatalogue.h"
#include "Prompter.h"
#include "SessionModel.h"
#include "TicketCategories.h"
#include "Theme.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace laoke::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kTypingPauseMs = 500;

QString str(const std::string& text) {
    return QString::fromStdString(text);
}

}  // namespace

KnowledgeBaseView::KnowledgeBaseView(client::SessionModel& session, Prompter& prompter, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_prompter(prompter),
      m_canWrite(client::KbPermissions::canWrite(session.user().role())),
      m_categories(new client::TicketCategories(session.connection(), this)),
      m_catalogue(new client::ProductCatalogue(session.connection(), this)),
      m_search(new client::KbSearchModel(session.connection(), this)),
      m_article(new client::KbArticleModel(session.connection(), this)),
      m_typingPause(new QTimer(this)),
      m_heading(new QLabel(this)),
      m_text(new QLineEdit(this)),
      m_product(new QComboBox(this)),
      m_category(new QComboBox(this)),
      m_searchButton(new QPushButton(this)),
      m_newButton(new QPushButton(this)),
      m_messages(new MessageBar(this)),
      m_results(new QListWidget(this)),
      m_resultHint(new QLabel(this)),
      m_reader(new KbArticleReader(*m_categories, this)),
      m_editButton(new QPushButton(this)),
      m_archiveButton(new QPushButton(this)) {
    setObjectName(QStringLiteral("knowledgeBaseView"));
    Theme::makeHeading(m_heading);
    m_text->setObjectName(QStringLiteral("kbSearchEdit"));
    m_text->setClearButtonEnabled(true);
    m_product->setObjectName(QStringLiteral("kbProductFilter"));
    m_category->setObjectName(QStringLiteral("kbCategoryFilter"));
    m_category->setMaxVisibleItems(20);
    m_searchButton->setObjectName(QStringLiteral("kbSearchButton"));
    m_searchButton->setAutoDefault(false);
    m_newButton->setObjectName(QStringLiteral("newArticleButton"));
    Theme::makePrimary(m_newButton);
    m_newButton->setVisible(m_canWrite);
    m_results->setObjectName(QStringLiteral("kbResultList"));
    m_results->setItemDelegate(new KbResultDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_results->setAlternatingRowColors(true);
    m_resultHint->setObjectName(QStringLiteral("kbResultHint"));
    m_resultHint->setWordWrap(true);
    Theme::makeHint(m_resultHint);
    m_editButton->setObjectName(QStringLiteral("editArticleButton"));
    m_archiveButton->setObjectName(QStringLiteral("archiveArticleButton"));
    m_editButton->setVisible(m_canWrite);
    m_archiveButton->setVisible(m_canWrite);
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(kTypingPauseMs);

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addStretch(1);
    top->addWidget(m_newButton);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_text, 3);
    filters->addWidget(m_product, 1);
    filters->addWidget(m_category, 1);
    filters->addWidget(m_searchButton);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_results, 1);
    leftLayout->addWidget(m_resultHint);
    auto* right = new QWidget(this);
    auto* articleButtons = new QHBoxLayout;
    articleButtons->setContentsMargins(18, 0, 18, 0);
    articleButtons->addStretch(1);
    articleButtons->addWidget(m_archiveButton);
    articleButtons->addWidget(m_editButton);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_reader, 1);
    rightLayout->addLayout(articleButtons);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_messages);
    layout->addWidget(splitter, 1);

    connect(m_text, &QLineEdit::returnPressed, this, &KnowledgeBaseView::runSearch);
    connect(m_text, &QLineEdit::textEdited, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_typingPause, &QTimer::timeout, this, &KnowledgeBaseView::runSearch);
    connect(m_searchButton, &QPushButton::clicked, this, &KnowledgeBaseView::runSearch);
    connect(m_product, &QComboBox::activated, this, &KnowledgeBaseView::runSearch);
    connect(m_category, &QComboBox::activated, this, &KnowledgeBaseView::runSearch);
    connect(m_search, &client::KbSearchModel::changed, this, &KnowledgeBaseView::showResults);
    connect(m_search, &client::KbSearchModel::failed, this, [this](const client::ClientError& error) {
        // A word too short to search for is the only likely refusal; say what works.
        m_messages->showMessage(MessageBar::Level::Warning,
                                error.code == protocol::VALIDATION_FAILED
                                    ? tr("Type at least one Chinese character or two letters to search.")
                                    : error.userMessage());
    });
    connect(m_results, &QListWidget::currentRowChanged, this, &KnowledgeBaseView::showArticle);
    connect(m_article, &client::KbArticleModel::loaded, this, [this] {
        m_reader->showArticle(m_article->article());
        updateButtons();
    });
    connect(m_article, &client::KbArticleModel::loadFailed, this, [this](const client::ClientError& error) {
        m_messages->showMessage(MessageBar::Level::Error, error.userMessage());
    });
    connect(m_newButton, &QPushButton::clicked, this, &KnowledgeBaseView::newArticle);
    connect(m_editButton, &QPushButton::clicked, this, &KnowledgeBaseView::editArticle);
    connect(m_archiveButton, &QPushButton::clicked, this, &KnowledgeBaseView::archiveArticle);
    connect(m_categories, &client::TicketCategories::changed, this, [this] {
        fillFilters();
        showResults();
    });
    connect(m_catalogue, &client::ProductCatalogue::loaded, this, &KnowledgeBaseView::fillFilters);

    retranslate();
    updateButtons();
}

void KnowledgeBaseView::showEvent(QShowEvent* event) {
    // Loaded when first opened, not at login: most sessions never open the page.
    if (!m_started) {
        m_started = true;
        m_categories->load();
        m_catalogue->refresh();
        if (!m_search->isLoading() && m_search->rows().empty()) runSearch();  // no words: the most used articles
    }
    QWidget::showEvent(event);
}

void KnowledgeBaseView::retranslate() {
    m_heading->setText(tr("Knowledge base"));
    m_text->setPlaceholderText(tr("The caller's words, e.g. 月结 未记账 (Enter searches)"));
    m_searchButton->setText(tr("Search"));
    m_newButton->setText(tr("New article"));
    m_editButton->setText(tr("Edit"));
    updateButtons();
    fillFilters();
    showResults();
}

void KnowledgeBaseView::fillFilters() {
    const qint64 line = m_product->currentData().toLongLong();
    m_product->clear();
    m_product->addItem(tr("All product lines"), QVariant::fromValue<qint64>(0));
    for (const protocol::ProductLine& l : m_catalogue->lines())
        m_product->addItem(client::ProductCatalogue::lineLabel(l), QVariant::fromValue<qint64>(l.id()));
    m_product->setCurrentIndex(qMax(0, m_product->findData(QVariant::fromValue<qint64>(line))));
    const qint64 category = m_category->currentData().toLongLong();
    m_category->clear();
    m_category->addItem(tr("All categories"), QVariant::fromValue<qint64>(0));
    for (const protocol::TicketCategory& c : m_categories->all()) {
        const QString name = client::TicketCategories::nameOf(c);
        m_category->addItem(c.parent_id() == 0 ? name : QStringLiteral("    ") + name, QVariant::fromValue<qint64>(c.id()));
    }
    m_category->setCurrentIndex(qMax(0, m_category->findData(QVariant::fromValue<qint64>(category))));
}

void KnowledgeBaseView::searchFor(const QString& text) {
    m_text->setText(text);
    runSearch();
}

void KnowledgeBaseView::runSearch() {
    m_typingPause->stop();
    m_messages->hideMessage();
    m_search->search(m_text->text(), m_product->currentData().toLongLong(), m_category->currentData().toLongLong());
}

void KnowledgeBaseView::showResults() {
    const qint64 shown = m_article->article().id();
    m_results->blockSignals(true);
    m_results->clear();
    int current = -1;
    for (const protocol::KbArticleRow& row : m_search->rows()) {
        // The line only: versions often repeat its name ("U8+ 13.0–16.1"); the reader shows them.
        QStringList facts{client::KbNames::productText(row.product_line_name(), {})};
        if (row.category_id() != 0) facts << m_categories->fullName(row.category_id());
        facts << client::KbNames::useCount(row.use_count());
        // The plain text (for screen readers and type-ahead) holds all three lines; the delegate
        // draws them from their roles.
        auto* item = new QListWidgetItem(str(row.title()) + QLatin1Char('\n') + facts.join(QStringLiteral(" · ")) +
                                             QLatin1Char('\n') + str(row.symptom_excerpt()),
                                         m_results);
        item->setData(kIdRole, QVariant::fromValue<qint64>(row.id()));
        item->setData(KbResultDelegate::TitleRole, str(row.title()));
        item->setData(KbResultDelegate::FactsRole, facts.join(QStringLiteral(" · ")));
        item->setData(KbResultDelegate::ExcerptRole, str(row.symptom_excerpt()));
        item->setToolTip(str(row.symptom_excerpt()));
        if (row.id() == shown) current = m_results->count() - 1;
    }
    m_results->setCurrentRow(current);
    m_results->blockSignals(false);
    if (m_search->rows().empty()) {
        const bool searched = m_started && !m_search->isLoading();
        m_resultHint->setText(searched ? tr("No article has all these words. Try fewer or other words.") : QString());
    } else if (m_search->more()) {
        m_resultHint->setText(tr("Showing the first %n articles; add a word or a filter to narrow the search.", nullptr,
                                 static_cast<int>(m_search->rows().size())));
    } else {
        m_resultHint->setText(tr("%n article(s) found.", nullptr, static_cast<int>(m_search->rows().size())));
    }
}

void KnowledgeBaseView::showArticle() {
    QListWidgetItem* item = m_results->currentItem();
    if (!item) return;
    m_article->load(item->data(kIdRole).toLongLong());
}

void KnowledgeBaseView::updateButtons() {
    const bool shown = m_article->isLoaded();
    m_editButton->setEnabled(m_canWrite && shown);
    // An archived article (just archived, or opened from a ticket's link) can be restored.
    const bool archived = shown && m_article->article().archived();
    m_archiveButton->setEnabled(m_canWrite && shown);
    m_archiveButton->setText(archived ? tr("Restore") : tr("Archive…"));
}

KbArticleEditor* KnowledgeBaseView::newArticle() {
    return openEditor(false);
}

KbArticleEditor* KnowledgeBaseView::editArticle() {
    if (!m_article->isLoaded()) return nullptr;
    return openEditor(true);
}

KbArticleEditor* KnowledgeBaseView::openEditor(bool editShown) {
    if (!m_canWrite) return nullptr;
    auto* editor = new KbArticleEditor(m_session.connection(), *m_categories, *m_catalogue,
                                       editShown ? m_article->article() : protocol::KbArticle{}, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &KbArticleEditor::saved, this, [this](const protocol::KbArticle& article) {
        m_article->load(article.id());
        m_messages->showMessage(MessageBar::Level::Information, tr("Saved \"%1\".").arg(str(article.title())));
        m_search->refresh();
    });
    editor->open();
    return editor;
}

bool KnowledgeBaseView::archiveArticle() {
    if (!m_canWrite || !m_article->isLoaded()) return false;
    const QString title = str(m_article->article().title());
    if (m_article->article().archived()) {
        restoreArticle(title);
        return true;
    }
    if (!m_prompter.confirm(this, tr("Archive article"),
                            tr("Archive \"%1\"? Searches and suggestions will no longer show it; the tickets it was "
                               "used on keep their link.")
                                .arg(title),
                            tr("Archive")))
        return true;
    m_archiveButton->setEnabled(false);
    m_article->setArchived(true, [this, title](const client::Reply& reply) {
        updateButtons();
        if (!reply.ok()) {
            m_messages->showMessage(MessageBar::Level::Error,
                                    reply.error().code == protocol::CONFLICT
                                        ? tr("Someone else changed this article a moment ago; read it again before archiving.")
                                        : reply.error().userMessage());
            if (reply.error().code == protocol::CONFLICT) m_article->load(m_article->article().id());
            return;
        }
        m_messages->showMessage(MessageBar::Level::Information, tr("Archived \"%1\".").arg(title));
        m_search->refresh();
    });
    return true;
}

void KnowledgeBaseView::restoreArticle(const QString& title) {
    // Restoring hides nothing from anyone, so it is not asked about first.
    m_archiveButton->setEnabled(false);
    m_article->setArchived(false, [this, title](const client::Reply& reply) {
        updateButtons();
        if (!reply.ok()) {
            m_messages->showMessage(MessageBar::Level::Error,
                                    reply.error().code == protocol::CONFLICT
                                        ? tr("Someone else changed this article a moment ago; read it again before restoring.")
                                        : reply.error().userMessage());
            if (reply.error().code == protocol::CONFLICT) m_article->load(m_article->article().id());
            return;
        }
        m_messages->showMessage(MessageBar::Level::Information,
                                tr("Restored \"%1\": searches and suggestions show it again.").arg(title));
        m_search->refresh();
    });
}

void KnowledgeBaseView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace laoke::ui
