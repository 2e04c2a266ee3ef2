#include "TicketFormDialog.h"

#include "CategoryCombo.h"
#include "CategorySuggestions.h"
#include "Connection.h"
#include "Customer360Model.h"
#include "CustomerBrief.h"
#include "CustomerListModel.h"
#include "CustomerValueNames.h"
#include "InlineErrorLabel.h"
#include "SuggestedArticles.h"
#include "TicketCategories.h"
#include "TicketNames.h"
#include "Theme.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <memory>

namespace laoke::ui {

namespace {

constexpr int kResultRows = 8;
constexpr int kIdRole = Qt::UserRole + 1;

QString str(const std::string& text) {
    return QString::fromStdString(text);
}

QString digitsOf(const QString& text) {
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit()) digits += QChar(QLatin1Char(static_cast<char>('0' + c.digitValue())));
    }
    return digits;
}

}  // namespace

TicketFormDialog::TicketFormDialog(client::Connection& connection, client::TicketCategories& categories, QWidget* parent)
    : QDialog(parent),
      m_connection(connection),
      m_categories(categories),
      m_customerList(new client::CustomerListModel(connection, this)),
      m_customer(new client::Customer360Model(connection, this)),
      m_suggestions(new client::CategorySuggestions(connection, this)),
      m_heading(new QLabel(this)),
      m_searchLabel(new QLabel(this)),
      m_search(new QLineEdit(this)),
      m_results(new QListWidget(this)),
      m_contactLabel(new QLabel(this)),
      m_contact(new QComboBox(this)),
      m_channelLabel(new QLabel(this)),
      m_channel(new QComboBox(this)),
      m_productLabel(new QLabel(this)),
      m_product(new QComboBox(this)),
      m_module(new QComboBox(this)),
      m_subjectLabel(new QLabel(this)),
      m_subject(new QLineEdit(this)),
      m_descriptionLabel(new QLabel(this)),
      m_description(new QPlainTextEdit(this)),
      m_categoryLabel(new QLabel(this)),
      m_category(new QComboBox(this)),
      m_suggestedLabel(new QLabel(this)),
      m_suggestionRow(new QHBoxLayout),
      m_articlesLabel(new QLabel(this)),
      m_articles(new SuggestedArticles(connection, categories, this)),
      m_priorityLabel(new QLabel(this)),
      m_priority(new QComboBox(this)),
      m_error(new InlineErrorLabel(this)),
      m_createButton(new QPushButton(this)),
      m_cancelButton(new QPushButton(this)),
      m_brief(new CustomerBrief(*m_customer, categories, this)) {
    setObjectName(QStringLiteral("ticketFormDialog"));
    resize(1040, 780);
    m_customerList->setPageSize(kResultRows);
    Theme::makeHeading(m_heading);

    m_search->setObjectName(QStringLiteral("callerSearchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_results->setObjectName(QStringLiteral("callerResultsList"));
    m_results->setMaximumHeight(170);
    m_results->hide();
    m_contact->setObjectName(QStringLiteral("contactCombo"));
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    m_product->setObjectName(QStringLiteral("productCombo"));
    m_module->setObjectName(QStringLiteral("moduleCombo"));
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_subject->setMaxLength(100);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_category->setMaxVisibleItems(20);
    m_suggestedLabel->setObjectName(QStringLiteral("suggestedLabel"));
    Theme::makeHint(m_suggestedLabel);
    m_suggestedLabel->setWordWrap(false);
    m_articlesLabel->setObjectName(QStringLiteral("suggestedArticlesLabel"));
    m_priority->setObjectName(QStringLiteral("priorityCombo"));
    m_createButton->setObjectName(QStringLiteral("createTicketButton"));
    Theme::makePrimary(m_createButton);
    m_createButton->setDefault(false);
    m_createButton->setAutoDefault(false);
    m_cancelButton->setAutoDefault(false);

    auto* productRow = new QHBoxLayout;
    productRow->addWidget(m_product, 3);
    productRow->addWidget(m_module, 2);
    auto* suggestionLine = new QHBoxLayout;
    suggestionLine->addWidget(m_suggestedLabel);
    suggestionLine->addLayout(m_suggestionRow);
    suggestionLine->addStretch(1);
    auto* categoryBox = new QVBoxLayout;
    categoryBox->setSpacing(4);
    categoryBox->addWidget(m_category);
    categoryBox->addLayout(suggestionLine);

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setVerticalSpacing(10);
    form->addRow(m_searchLabel, m_search);
    form->addRow(QString(), m_results);
    form->addRow(m_contactLabel, m_contact);
    form->addRow(m_channelLabel, m_channel);
    form->addRow(m_productLabel, productRow);
    form->addRow(m_subjectLabel, m_subject);
    form->addRow(m_descriptionLabel, m_description);
    form->addRow(m_categoryLabel, categoryBox);
    form->addRow(m_priorityLabel, m_priority);
    form->addRow(m_articlesLabel, m_articles);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addStretch(1);  // keeps the buttons their size while no error shows
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_createButton);

    auto* left = new QVBoxLayout;
    left->setContentsMargins(22, 18, 22, 16);
    left->setSpacing(12);
    left->addWidget(m_heading);
    left->addLayout(form, 1);
    left->addLayout(buttons);

    m_brief->setMinimumWidth(330);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(left, 3);
    layout->addWidget(m_brief, 2);

    connect(m_search, &QLineEdit::textEdited, this, &TicketFormDialog::searchChanged);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_results->isVisible() && m_results->count() > 0) chooseResult(qMax(0, m_results->currentRow()));
    });
    connect(m_customerList, &client::CustomerListModel::pageLoaded, this, &TicketFormDialog::showResults);
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) { chooseResult(m_results->row(item)); });
    connect(m_results, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) { chooseResult(m_results->row(item)); });
    connect(m_customer, &client::Customer360Model::loaded, this, &TicketFormDialog::customerLoaded);
    connect(m_product, &QComboBox::currentIndexChanged, this, &TicketFormDialog::fillModules);
    connect(m_product, &QComboBox::currentIndexChanged, this, [this] { askArticles(false); });
    connect(m_category, &QComboBox::activated, this, [this] { askArticles(false); });
    connect(m_subject, &QLineEdit::textEdited, this, [this] {
        askSuggestions(false);
        askArticles(false);
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        askSuggestions(false);
        askArticles(false);
    });
    connect(m_articles, &SuggestedArticles::rowsChanged, this, [this] { m_articlesLabel->setVisible(m_articles->hasRows()); });
    connect(m_suggestions, &client::CategorySuggestions::changed, this, &TicketFormDialog::showSuggestions);
    connect(&m_categories, &client::TicketCategories::changed, this, [this] {
        fillCategories();
        showSuggestions();
    });
    connect(m_createButton, &QPushButton::clicked, this, &TicketFormDialog::submit);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    auto* submitShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(submitShortcut, &QShortcut::activated, this, &TicketFormDialog::submit);
    auto* submitShortcutEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    connect(submitShortcutEnter, &QShortcut::activated, this, &TicketFormDialog::submit);

    m_categories.load();
    retranslate();
    m_search->setFocus();
}

void TicketFormDialog::retranslate() {
    setWindowTitle(tr("New ticket"));
    m_heading->setText(tr("New service ticket"));
    m_searchLabel->setText(tr("&Caller"));
    m_searchLabel->setBuddy(m_search);
    m_search->setPlaceholderText(tr("Phone number, customer name or pinyin, then Enter"));
    m_contactLabel->setText(tr("Contact"));
    m_channelLabel->setText(tr("Channel"));
    m_productLabel->setText(tr("Product"));
    m_subjectLabel->setText(tr("&Subject"));
    m_subjectLabel->setBuddy(m_subject);
    m_subject->setPlaceholderText(tr("What the customer reports, in a few words"));
    m_descriptionLabel->setText(tr("Description"));
    m_description->setPlaceholderText(tr("Error messages, steps, what was tried"));
    m_categoryLabel->setText(tr("Category"));
    m_priorityLabel->setText(tr("Priority"));
    m_articlesLabel->setText(tr("Articles"));
    m_createButton->setText(tr("Create ticket (Ctrl+Enter)"));
    m_cancelButton->setText(tr("Cancel"));

    const QString channel = m_channel->currentData().toString();
    m_channel->clear();
    for (const QString& code : client::TicketNames::channels()) m_channel->addItem(client::TicketNames::channel(code), code);
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(channel.isEmpty() ? QStringLiteral("hotline") : channel)));
    const QString priority = m_priority->currentData().toString();
    m_priority->clear();
    for (const QString& code : client::TicketNames::priorities()) m_priority->addItem(client::TicketNames::priority(code), code);
    m_priority->setCurrentIndex(qMax(0, m_priority->findData(priority.isEmpty() ? QStringLiteral("normal") : priority)));
    fillCategories();
    showSuggestions();
    m_articlesLabel->setVisible(m_articles->hasRows());
    m_articles->setVisible(m_articles->hasRows());
}

void TicketFormDialog::searchChanged(const QString& text) {
    const QString query = text.trimmed();
    m_typedDigits = digitsOf(query);
    if (query.size() < 2) {
        m_results->hide();
        return;
    }
    protocol::CustomerFilter filter;
    filter.set_text(query.toStdString());
    m_customerList->setFilter(filter);
}

void TicketFormDialog::showResults() {
    m_results->clear();
    for (int row = 0; row < m_customerList->rowCount() && row < kResultRows; ++row) {
        const protocol::CustomerRow& c = m_customerList->rowAt(row);
        QString line = str(c.name());
        QStringList details{str(c.code())};
        if (!c.city().empty()) details << str(c.city());
        details << client::CustomerListModel::serviceText(c);
        if (!c.matched_contact().empty()) details << tr("contact %1").arg(str(c.matched_contact()));
        auto* item = new QListWidgetItem(line + QStringLiteral("\n") + details.join(QStringLiteral(" · ")), m_results);
        item->setData(kIdRole, QVariant::fromValue<qint64>(c.id()));
    }
    if (m_results->count() == 0) {
        auto* item = new QListWidgetItem(tr("No customer found. Check the number, or search by name."), m_results);
        item->setFlags(Qt::NoItemFlags);
    } else {
        m_results->setCurrentRow(0);
    }
    m_results->show();
}

void TicketFormDialog::chooseResult(int row) {
    QListWidgetItem* item = m_results->item(row);
    if (!item || item->data(kIdRole).toLongLong() == 0) return;
    m_search->setText(item->text().section(QLatin1Char('\n'), 0, 0));
    m_results->hide();
    chooseCustomer(item->data(kIdRole).toLongLong());
    m_subject->setFocus();
}

void TicketFormDialog::chooseCustomer(qint64 customerId) {
    m_error->clearError();
    m_customer->load(customerId);
}

qint64 TicketFormDialog::customerId() const {
    return m_customer->isLoaded() ? m_customer->customerId() : 0;
}

void TicketFormDialog::customerLoaded() {
    const protocol::Customer360& view = m_customer->view();
    if (m_search->text().isEmpty()) m_search->setText(str(view.customer().name()));

    m_contact->clear();
    m_contact->addItem(tr("(not recorded)"), QVariant::fromValue<qint64>(0));
    int chosen = 0;
    for (const protocol::Contact& c : view.contacts()) {
        if (c.archived() || !c.left_on().empty()) continue;
        const QString phone = str(c.mobile().empty() ? c.phone() : c.mobile());
        m_contact->addItem(QStringLiteral("%1 · %2 %3").arg(str(c.name()), client::CustomerValueNames::contactRole(str(c.role())), phone),
                           QVariant::fromValue<qint64>(c.id()));
        const int index = m_contact->count() - 1;
        // The contact whose number was typed, else the key contact.
        const bool typedTheirNumber = m_typedDigits.size() >= 4 &&
                                      (digitsOf(str(c.mobile())).contains(m_typedDigits) || digitsOf(str(c.phone())).contains(m_typedDigits));
        if (typedTheirNumber || (chosen == 0 && c.is_key())) chosen = index;
    }
    m_contact->setCurrentIndex(chosen);

    m_product->blockSignals(true);
    m_product->clear();
    m_product->addItem(tr("(no particular product)"), QVariant::fromValue<qint64>(0));
    int product = 0;
    int bestDays = std::numeric_limits<int>::min();
    for (const protocol::InstalledProduct& p : view.installed_products()) {
        if (p.archived()) continue;
        m_product->addItem(QStringLiteral("%1 %2").arg(str(p.product_line_name()), str(p.product_version_name())),
                           QVariant::fromValue<qint64>(p.id()));
        // The product in service longest is most likely the one they call about.
        const int days = p.service_state() == "no_service" ? std::numeric_limits<int>::min() + 1 : p.service_days_left();
        if (days > bestDays) {
            bestDays = days;
            product = m_product->count() - 1;
        }
    }
    m_product->setCurrentIndex(product);
    m_product->blockSignals(false);
    fillModules();
    askSuggestions(true);
    askArticles(true);
}

void TicketFormDialog::fillModules() {
    m_module->clear();
    m_module->addItem(tr("(any module)"), QVariant::fromValue<qint64>(0));
    const qint64 productId = m_product->currentData().toLongLong();
    for (const protocol::InstalledProduct& p : m_customer->view().installed_products()) {
        if (p.id() != productId) continue;
        for (int i = 0; i < p.module_ids_size() && i < p.module_names_size(); ++i)
            m_module->addItem(str(p.module_names(i)), QVariant::fromValue<qint64>(p.module_ids(i)));
    }
    m_module->setEnabled(m_module->count() > 1);
}

void TicketFormDialog::fillCategories() {
    CategoryCombo::fill(*m_category, m_categories, m_category->currentData().toLongLong(), tr("(not categorised yet)"));
}

void TicketFormDialog::askSuggestions(bool now) {
    if (!m_customer->isLoaded()) return;
    m_suggestions->setInput(m_customer->customerId(), m_subject->text(), m_description->toPlainText(), now);
}

void TicketFormDialog::showSuggestions() {
    for (QPushButton* button : m_suggestionButtons) button->deleteLater();
    m_suggestionButtons.clear();
    int shown = 0;
    for (const protocol::CategorySuggestion& s : m_suggestions->suggestions()) {
        const QString name = m_categories.fullName(s.category_id());
        if (name.isEmpty()) continue;
        auto* button = new QPushButton(name, this);
        button->setObjectName(QStringLiteral("suggestion%1").arg(shown));
        button->setAutoDefault(false);
        button->setCursor(Qt::PointingHandCursor);
        button->setStyleSheet(QStringLiteral("QPushButton { border:1px solid #b9c7e6; border-radius:10px; padding:2px 10px;"
                                             " color:#1d4ea8; background:#eef3fc; }"));
        if (!m_suggestions->basedOnText())
            button->setToolTip(tr("%n of this customer's past tickets", nullptr, s.customer_tickets()));
        else if (s.customer_tickets() > 0)
            button->setToolTip(tr("%n similar past ticket(s), %1 of this customer", nullptr, s.similar_tickets()).arg(s.customer_tickets()));
        else
            button->setToolTip(tr("%n similar past ticket(s)", nullptr, s.similar_tickets()));
        const qint64 id = s.category_id();
        connect(button, &QPushButton::clicked, this, [this, id] {
            m_category->setCurrentIndex(qMax(0, m_category->findData(QVariant::fromValue<qint64>(id))));
            askArticles(true);
        });
        m_suggestionRow->addWidget(button);
        m_suggestionButtons.append(button);
        ++shown;
    }
    m_suggestedLabel->setText(shown == 0                         ? QString()
                              : m_suggestions->basedOnText() ? tr("Like similar tickets:")
                                                             : tr("Usual for this customer:"));
    m_suggestedLabel->setVisible(shown > 0);
}

void TicketFormDialog::askArticles(bool now) {
    m_articles->setInput({m_category->currentData().toLongLong(), m_product->currentData().toLongLong(), m_subject->text(),
                          m_description->toPlainText()},
                         now);
}

client::KbSuggestions& TicketFormDialog::articleSuggestions() const {
    return m_articles->suggestions();
}

void TicketFormDialog::setArticleUsed(qint64 articleId, bool used) {
    m_articles->setUsed(articleId, used);
}

QList<qint64> TicketFormDialog::usedArticles() const {
    return m_articles->used().keys();
}

void TicketFormDialog::submit() {
    if (m_created.ticket().id() != 0) {  // created; a link failed and the user read why
        accept();
        return;
    }
    m_error->clearError();
    if (!m_customer->isLoaded()) {
        m_error->setError(tr("Find the customer first."));
        m_search->setFocus();
        return;
    }
    if (m_subject->text().trimmed().isEmpty()) {
        m_error->setError(tr("Write what the problem is."));
        m_subject->setFocus();
        return;
    }
    protocol::Envelope request;
    protocol::Ticket* t = request.mutable_create_ticket()->mutable_ticket();
    t->set_customer_id(m_customer->customerId());
    t->set_contact_id(m_contact->currentData().toLongLong());
    t->set_channel(m_channel->currentData().toString().toStdString());
    t->set_installed_product_id(m_product->currentData().toLongLong());
    t->set_module_id(m_module->currentData().toLongLong());
    t->set_category_id(m_category->currentData().toLongLong());
    t->set_priority(m_priority->currentData().toString().toStdString());
    t->set_subject(m_subject->text().trimmed().toStdString());
    t->set_description(m_description->toPlainText().trimmed().toStdString());
    m_createButton->setEnabled(false);
    QPointer<TicketFormDialog> self(this);
    m_connection.send(std::move(request), [self](const client::Reply& reply) {
        if (!self) return;
        self->m_createButton->setEnabled(true);
        if (!reply.ok()) {
            self->m_error->setError(reply.error().userMessage());
            return;
        }
        if (!reply.envelope().has_ticket_reply()) return;
        self->m_created = reply.envelope().ticket_reply();
        emit self->ticketCreated(self->m_created);
        self->linkUsedArticles();
    });
}

// The articles marked used are linked once the ticket exists; the form closes when the server
// has them all, or stays open saying which could not be linked (the ticket is created either way).
void TicketFormDialog::linkUsedArticles() {
    const QMap<qint64, protocol::KbArticleRow> used = m_articles->used();
    if (used.isEmpty()) {
        accept();
        return;
    }
    m_createButton->setEnabled(false);
    auto pending = std::make_shared<int>(static_cast<int>(used.size()));
    auto failed = std::make_shared<QStringList>();
    QPointer<TicketFormDialog> self(this);
    for (const protocol::KbArticleRow& article : used) {
        protocol::Envelope request;
        request.mutable_record_kb_use()->set_article_id(article.id());
        request.mutable_record_kb_use()->set_ticket_id(m_created.ticket().id());
        const QString title = str(article.title());
        m_connection.send(std::move(request), [self, pending, failed, title](const client::Reply& reply) {
            if (!self) return;
            if (!reply.ok()) failed->append(QStringLiteral("%1 (%2)").arg(title, reply.error().userMessage()));
            if (--*pending > 0) return;
            if (failed->isEmpty()) {
                self->accept();
                return;
            }
            self->m_error->setError(tr("Ticket %1 was created, but %n article(s) could not be linked: %2", nullptr,
                                       static_cast<int>(failed->size()))
                                        .arg(str(self->m_created.ticket().number()), failed->join(QStringLiteral("; "))));
            self->m_createButton->setText(tr("Close"));
            self->m_createButton->setEnabled(true);
        });
    }
}

bool TicketFormDialog::eventFilter(QObject* watched, QEvent* event) {
    // Up and Down in the search box move through the results, as in any search field.
    if (watched == m_search && event->type() == QEvent::KeyPress && m_results->isVisible()) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int row = m_results->currentRow() + (key == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_results->count()) m_results->setCurrentRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TicketFormDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QDialog::changeEvent(event);
}

}  // namespace laoke::ui
