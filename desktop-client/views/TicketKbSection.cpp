#include "TicketKbSection.h"

#include "Connection.h"
#include "InlineErrorLabel.h"
#include "KbArticleDialog.h"
#include "KbArticleEditor.h"
#include "KbNames.h"
#include "KbPermissions.h"
#include "KbSuggestions.h"
#include "ProductCatalogue.h"
#include "TicketCategories.h"
#include "TicketKbLinks.h"
#include "Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace laoke::ui {

namespace {

// The pane is narrow and shares its height with the work log: the best few are enough.
constexpr int kPaneSuggestions = 3;

QString str(const std::string& text) {
    return QString::fromStdString(text);
}

}  // namespace

TicketKbSection::TicketKbSection(client::Connection& connection, client::TicketCategories& categories, QWidget* parent)
    : QWidget(parent),
      m_connection(connection),
      m_categories(categories),
      m_links(new client::TicketKbLinks(connection, this)),
      m_suggestions(new client::KbSuggestions(connection, this)),
      m_catalogue(new client::ProductCatalogue(connection, this)),
      m_canWrite(client::KbPermissions::canWrite(connection.currentUser().role())),
      m_title(new QLabel(this)),
      m_writeButton(new QPushButton(this)),
      m_linkedTitle(new QLabel(this)),
      m_linkedRows(new QVBoxLayout),
      m_suggestedTitle(new QLabel(this)),
      m_suggestedRows(new QVBoxLayout),
      m_error(new InlineErrorLabel(this)) {
    setObjectName(QStringLiteral("ticketKbSection"));
    m_suggestions->setLimit(kPaneSuggestions);
    m_title->setStyleSheet(QStringLiteral("font-weight:600;"));
    m_writeButton->setObjectName(QStringLiteral("writeArticleButton"));
    m_writeButton->setVisible(m_canWrite);
    m_writeButton->setFlat(true);
    m_writeButton->setCursor(Qt::PointingHandCursor);
    m_writeButton->setStyleSheet(QStringLiteral("QPushButton { color:#1d4ea8; }"));
    m_linkedTitle->setObjectName(QStringLiteral("linkedArticlesLabel"));
    Theme::makeHint(m_linkedTitle);
    m_suggestedTitle->setObjectName(QStringLiteral("suggestedArticlesLabel"));
    Theme::makeHint(m_suggestedTitle);
    m_linkedRows->setSpacing(2);
    m_suggestedRows->setSpacing(2);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_writeButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(3);
    layout->addLayout(header);
    layout->addWidget(m_linkedTitle);
    layout->addLayout(m_linkedRows);
    layout->addWidget(m_suggestedTitle);
    layout->addLayout(m_suggestedRows);
    layout->addWidget(m_error);

    connect(m_links, &client::TicketKbLinks::changed, this, &TicketKbSection::render);
    connect(m_links, &client::TicketKbLinks::failed, this,
            [this](const client::ClientError& error) { m_error->setError(error.userMessage()); });
    connect(m_suggestions, &client::KbSuggestions::changed, this, &TicketKbSection::render);
    connect(m_writeButton, &QPushButton::clicked, this, &TicketKbSection::writeArticle);
    retranslate();
}

void TicketKbSection::showTicket(const protocol::Ticket& ticket) {
    const bool another = ticket.id() != m_ticket.id();
    const bool textChanged = ticket.category_id() != m_ticket.category_id() || ticket.subject() != m_ticket.subject() ||
                             ticket.description() != m_ticket.description();
    m_ticket = ticket;
    if (another) {
        m_error->clearError();
        m_links->load(ticket.id());
    }
    if (ticket.id() == 0) {
        m_suggestions->clear();
        return;
    }
    if (another || textChanged) {
        m_suggestions->setInput({ticket.category_id(), ticket.installed_product_id(), str(ticket.subject()),
                                 str(ticket.description())},
                                true);
    }
    render();  // a cancelled ticket offers nothing to link
}

void TicketKbSection::retranslate() {
    m_title->setText(tr("Knowledge base"));
    m_writeButton->setText(tr("Write an article from this ticket…"));
    m_writeButton->setToolTip(tr("Opens a new article with this ticket's category, product, subject and solution; "
                                 "once saved it is linked to the ticket."));
    render();
}

QWidget* TicketKbSection::articleRow(const protocol::KbArticleRow& article, const QString& detail, bool linkable) {
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    // One line each, cut at the pane's edge (the tooltip has it all): a long title must not
    // widen the pane, and rows of fixed height stay put in the scrolling pane.
    auto* open = new QLabel(QStringLiteral("<a href='kb:%1' style='color:#1d4ea8; text-decoration:none'>%2</a>")
                                .arg(article.id())
                                .arg(str(article.title()).toHtmlEscaped()),
                            row);
    open->setObjectName(QStringLiteral("openArticle_%1").arg(article.id()));
    open->setTextFormat(Qt::RichText);
    open->setTextInteractionFlags(Qt::LinksAccessibleByMouse);
    open->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    open->setCursor(Qt::PointingHandCursor);
    open->setToolTip(str(article.title()) + QLatin1Char('\n') + str(article.symptom_excerpt()));
    const qint64 id = article.id();
    connect(open, &QLabel::linkActivated, this, [this, id] { openArticle(id); });
    auto* text = new QVBoxLayout;
    text->setSpacing(0);
    text->addWidget(open);
    auto* details = new QLabel(detail, row);
    details->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    details->setToolTip(detail);
    Theme::makeHint(details);
    text->addWidget(details);
    layout->addLayout(text, 1);
    if (linkable) {
        auto* linkButton = new QPushButton(tr("Link"), row);
        linkButton->setObjectName(QStringLiteral("linkArticle_%1").arg(article.id()));
        linkButton->setToolTip(tr("This article solves the ticket: link it (counts as used)"));
        connect(linkButton, &QPushButton::clicked, this, [this, id] { link(id); });
        layout->addWidget(linkButton, 0, Qt::AlignTop);
    }
    return row;
}

void TicketKbSection::render() {
    // Deleted at once (not later): nothing here is rebuilt from inside one of its rows' signals,
    // and a row waiting for deletion must not be found as if it were still shown.
    qDeleteAll(m_rows);
    m_rows.clear();
    const bool open = m_ticket.state() != "cancelled";
    for (const protocol::TicketKbLink& link : m_links->links()) {
        QWidget* row = articleRow(link.article(),
                                  tr("linked by %1").arg(str(link.linked_by_name())), false);
        m_linkedRows->addWidget(row);
        m_rows.append(row);
    }
    int suggested = 0;
    for (const protocol::KbSuggestion& s : m_suggestions->suggestions()) {
        if (m_links->isLinked(s.article().id())) continue;
        QWidget* row = articleRow(s.article(), client::KbNames::reasons(s), open);
        m_suggestedRows->addWidget(row);
        m_rows.append(row);
        ++suggested;
    }
    m_linkedTitle->setText(m_links->links().empty() ? tr("No article linked yet.")
                                                    : tr("Linked (%n):", nullptr, static_cast<int>(m_links->links().size())));
    m_suggestedTitle->setText(tr("Suggested for this ticket:"));
    m_suggestedTitle->setVisible(suggested > 0);
}

void TicketKbSection::openArticle(qint64 articleId) {
    auto* dialog = new KbArticleDialog(m_connection, m_categories, articleId, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void TicketKbSection::link(qint64 articleId) {
    m_error->clearError();
    QPointer<TicketKbSection> self(this);
    m_links->link(articleId, [self](const client::Reply& reply) {
        if (self && !reply.ok()) self->m_error->setError(reply.error().userMessage());
    });
}

void TicketKbSection::writeArticle() {
    if (!m_canWrite || m_ticket.id() == 0) return;
    m_error->clearError();
    if (m_ticket.installed_product_id() == 0) {
        openEditor(0);
        return;
    }
    // The ticket names the customer's installed product; the article is for its product line.
    protocol::Envelope request;
    request.mutable_get_customer()->set_customer_id(m_ticket.customer_id());
    request.mutable_get_customer()->set_activity_limit(1);
    const qint64 productId = m_ticket.installed_product_id();
    QPointer<TicketKbSection> self(this);
    m_connection.send(std::move(request), [self, productId](const client::Reply& reply) {
        if (!self) return;
        qint64 versionId = 0;
        if (reply.ok()) {
            const protocol::Envelope envelope = reply.envelope();
            for (const protocol::InstalledProduct& p : envelope.customer_360_reply().view().installed_products()) {
                if (p.id() == productId) versionId = p.product_version_id();
            }
        }
        const auto withCatalogue = [self, versionId] {
            if (!self) return;
            const protocol::ProductLine* line = self->m_catalogue->lineOfVersion(versionId);
            self->openEditor(line ? line->id() : 0);
        };
        if (self->m_catalogue->isLoaded() || versionId == 0) {
            withCatalogue();
            return;
        }
        // Once: later clicks find the catalogue loaded.
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(self->m_catalogue, &client::ProductCatalogue::loaded, self, [connection, withCatalogue] {
            QObject::disconnect(*connection);
            withCatalogue();
        });
        self->m_catalogue->refresh();
    });
}

void TicketKbSection::openEditor(qint64 productLineId) {
    protocol::KbArticle start;
    start.set_title(m_ticket.subject());
    start.set_category_id(m_ticket.category_id());
    start.set_product_line_id(productLineId);
    std::string symptom = m_ticket.subject();
    if (!m_ticket.description().empty()) symptom += "\n" + m_ticket.description();
    start.set_symptom(symptom);
    start.set_solution(m_ticket.solution());
    auto* editor = new KbArticleEditor(m_connection, m_categories, *m_catalogue, start, window());
    editor->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 ticketId = m_ticket.id();
    QPointer<TicketKbSection> self(this);
    connect(editor, &KbArticleEditor::saved, this, [self, ticketId](const protocol::KbArticle& article) {
        // The article came from this ticket: it is the ticket's answer, also if the pane shows
        // another ticket by now.
        if (!self) return;
        self->m_links->link(ticketId, article.id(), [self](const client::Reply& reply) {
            if (self && !reply.ok()) self->m_error->setError(reply.error().userMessage());
        });
    });
    editor->open();
    emit editorOpened(editor);
}

void TicketKbSection::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace laoke::ui
