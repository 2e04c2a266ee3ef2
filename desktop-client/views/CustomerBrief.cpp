#include "CustomerBrief.h"

#include "Customer360Model.h"
#include "CustomerFormats.h"
#include "CustomerValueNames.h"
#include "TicketCategories.h"
#include "TicketNames.h"
#include "Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QVBoxLayout>

namespace laoke::ui {

namespace {

using Names = client::CustomerValueNames;
constexpr int kRecentTickets = 5;

QString str(const std::string& text) {
    return QString::fromStdString(text);
}

// The best entitlement over the installed products: in service beats expiring beats expired.
const protocol::InstalledProduct* bestService(const protocol::Customer360& view) {
    const protocol::InstalledProduct* best = nullptr;
    for (const protocol::InstalledProduct& p : view.installed_products()) {
        if (p.archived() || p.service_state() == "no_service") continue;
        if (!best || p.service_days_left() > best->service_days_left()) best = &p;
    }
    return best;
}

}  // namespace

CustomerBrief::CustomerBrief(client::Customer360Model& model, client::TicketCategories& categories, QWidget* parent)
    : QFrame(parent),
      m_model(model),
      m_categories(categories),
      m_empty(new QLabel(this)),
      m_body(new QWidget(this)),
      m_name(new QLabel(m_body)),
      m_grade(new QLabel(m_body)),
      m_status(new QLabel(m_body)),
      m_entitlement(new QLabel(m_body)),
      m_contactsTitle(new QLabel(m_body)),
      m_contacts(new QLabel(m_body)),
      m_productsTitle(new QLabel(m_body)),
      m_products(new QLabel(m_body)),
      m_ticketsTitle(new QLabel(m_body)),
      m_tickets(new QListWidget(m_body)) {
    setObjectName(QStringLiteral("customerBrief"));
    setStyleSheet(QStringLiteral("QFrame#customerBrief { background:white; border-left:1px solid #dfe3ea; }"));
    m_empty->setAlignment(Qt::AlignCenter);
    Theme::makeHint(m_empty);
    m_name->setObjectName(QStringLiteral("briefNameLabel"));
    m_name->setStyleSheet(QStringLiteral("font-size:13pt; font-weight:600; color:#1f2530;"));
    m_name->setWordWrap(true);
    m_grade->setObjectName(QStringLiteral("briefGradeBadge"));
    m_status->setObjectName(QStringLiteral("briefStatusBadge"));
    m_entitlement->setObjectName(QStringLiteral("entitlementLabel"));
    m_entitlement->setWordWrap(true);
    for (QLabel* title : {m_contactsTitle, m_productsTitle, m_ticketsTitle}) title->setStyleSheet(QStringLiteral("font-weight:600;"));
    m_contacts->setObjectName(QStringLiteral("briefContactsLabel"));
    m_contacts->setTextFormat(Qt::RichText);
    m_contacts->setWordWrap(true);
    m_contacts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_products->setObjectName(QStringLiteral("briefProductsLabel"));
    m_products->setTextFormat(Qt::RichText);
    m_products->setWordWrap(true);
    m_tickets->setObjectName(QStringLiteral("briefTicketsList"));
    m_tickets->setWordWrap(true);

    auto* badges = new QHBoxLayout;
    badges->addWidget(m_grade);
    badges->addWidget(m_status);
    badges->addStretch(1);
    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(16, 14, 16, 14);
    bodyLayout->setSpacing(6);
    bodyLayout->addWidget(m_name);
    bodyLayout->addLayout(badges);
    bodyLayout->addWidget(m_entitlement);
    bodyLayout->addSpacing(6);
    bodyLayout->addWidget(m_contactsTitle);
    bodyLayout->addWidget(m_contacts);
    bodyLayout->addWidget(m_productsTitle);
    bodyLayout->addWidget(m_products);
    bodyLayout->addWidget(m_ticketsTitle);
    bodyLayout->addWidget(m_tickets, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_body, 1);

    connect(&m_model, &client::Customer360Model::loaded, this, [this] {
        render();
        loadRecentTickets();
    });
    render();
}

QString CustomerBrief::entitlementText() const {
    return m_entitlement->text();
}

void CustomerBrief::render() {
    const bool shown = m_model.isLoaded();
    m_empty->setText(tr("Find the caller by phone number, name or pinyin; their customer appears here."));
    m_empty->setVisible(!shown);
    m_body->setVisible(shown);
    m_contactsTitle->setText(tr("Contacts"));
    m_productsTitle->setText(tr("Installed products"));
    m_ticketsTitle->setText(tr("Latest tickets"));
    if (!shown) return;

    const protocol::Customer360& view = m_model.view();
    const protocol::Customer& c = view.customer();
    m_name->setText(str(c.name()));
    Theme::styleBadge(m_grade, Names::gradeColor(str(c.manual_grade())),
                      c.manual_grade().empty() ? Names::grade(QString()) : tr("Grade %1").arg(Names::grade(str(c.manual_grade()))));
    Theme::styleBadge(m_status, Names::statusColor(str(c.status())), Names::status(str(c.status())));

    const protocol::InstalledProduct* best = bestService(view);
    QString entitlement;
    QColor colour;
    m_serviceEnded = !best || best->service_state() == "expired";
    if (!best) {
        entitlement = tr("No service contract: the work will be billable.");
        colour = Names::serviceStateColor(QStringLiteral("expired"));
    } else if (best->service_state() == "expired") {
        entitlement = tr("Service expired %n day(s) ago (%1): the work will be billable.", nullptr, -best->service_days_left())
                          .arg(str(best->service_end_on()));
        colour = Names::serviceStateColor(QStringLiteral("expired"));
    } else {
        entitlement = tr("In service until %1 (%2)")
                          .arg(str(best->service_end_on()), client::CustomerFormats::daysLeftText(best->service_days_left()));
        colour = Names::serviceStateColor(str(best->service_state()));
    }
    m_entitlement->setText(entitlement);
    m_entitlement->setStyleSheet(QStringLiteral("color:%1; font-weight:600;").arg(colour.name()));

    QStringList contacts;
    for (const protocol::Contact& contact : view.contacts()) {
        if (contact.archived() || !contact.left_on().empty()) continue;
        const QString phone = str(contact.mobile().empty() ? contact.phone() : contact.mobile());
        QString line = QStringLiteral("%1%2 · %3 %4")
                           .arg(contact.is_key() ? QStringLiteral("★ ") : QString(), str(contact.name()).toHtmlEscaped(),
                                Names::contactRole(str(contact.role())).toHtmlEscaped(), phone.toHtmlEscaped());
        contacts << line;
        if (contacts.size() == 4) break;
    }
    m_contacts->setText(contacts.isEmpty() ? tr("No contacts yet.") : contacts.join(QStringLiteral("<br>")));

    QStringList products;
    for (const protocol::InstalledProduct& p : view.installed_products()) {
        if (p.archived()) continue;
        const QString service = p.service_end_on().empty() ? Names::serviceState(QStringLiteral("no_service"))
                                                           : tr("service until %1").arg(str(p.service_end_on()));
        products << QStringLiteral("%1 %2 · <span style='color:%3'>%4</span>")
                        .arg(str(p.product_line_name()).toHtmlEscaped(), str(p.product_version_name()).toHtmlEscaped(),
                             Names::serviceStateColor(str(p.service_state())).name(), service.toHtmlEscaped());
    }
    m_products->setText(products.isEmpty() ? tr("No installed products recorded.") : products.join(QStringLiteral("<br>")));
}

void CustomerBrief::loadRecentTickets() {
    m_tickets->clear();
    const quint64 generation = ++m_ticketsGeneration;
    protocol::Envelope request;
    auto* list = request.mutable_list_tickets();
    list->set_customer_id(m_model.customerId());
    list->set_limit(kRecentTickets);
    QPointer<CustomerBrief> self(this);
    m_model.connection().send(std::move(request), [self, generation](const client::Reply& reply) {
        if (!self || generation != self->m_ticketsGeneration || !reply.ok() || !reply.envelope().has_list_tickets_reply()) return;
        const protocol::Envelope envelope = reply.envelope();
        for (const protocol::Ticket& t : envelope.list_tickets_reply().tickets()) {
            const QString category = self->m_categories.fullName(t.category_id());
            auto* item = new QListWidgetItem(QStringLiteral("%1 · %2\n%3%4")
                                                 .arg(client::CustomerFormats::dateTime(t.opened_at_unix()).left(10),
                                                      client::TicketNames::state(str(t.state())), str(t.subject()),
                                                      category.isEmpty() ? QString() : QStringLiteral(" · ") + category),
                                             self->m_tickets);
            item->setForeground(client::TicketNames::stateColor(str(t.state())));
            item->setToolTip(str(t.number()));
        }
        if (self->m_tickets->count() == 0) self->m_tickets->addItem(tr("No tickets before."));
    });
}

void CustomerBrief::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) render();
    QFrame::changeEvent(event);
}

}  // namespace laoke::ui
