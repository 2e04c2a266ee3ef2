#include "CustomerHeader.h"

#include "CustomerFormats.h"
#include "CustomerValueNames.h"
#include "Theme.h"
#include "domain/GeoLocation.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace laoke::ui {

namespace {

using Names = client::CustomerValueNames;

QString str(const std::string& value) {
    return QString::fromStdString(value);
}

// The fields of the grid, in reading order: four per row.
const QStringList kFields{QStringLiteral("code"),     QStringLiteral("short_name"), QStringLiteral("branch"),
                          QStringLiteral("owner"),    QStringLiteral("location"),   QStringLiteral("industry"),
                          QStringLiteral("size"),     QStringLiteral("credit_code")};
constexpr int kColumns = 4;

}  // namespace

CustomerHeader::CustomerHeader(QWidget* parent)
    : QFrame(parent),
      m_name(new QLabel(this)),
      m_grade(new QLabel(this)),
      m_status(new QLabel(this)),
      m_archived(new QLabel(this)),
      m_footer(new QLabel(this)),
      m_grid(new QGridLayout) {
    setObjectName(QStringLiteral("customerHeader"));
    setStyleSheet(QStringLiteral("QFrame#customerHeader { background:white; border-bottom:1px solid #dfe3ea; }"));
    m_name->setObjectName(QStringLiteral("customerNameLabel"));
    m_name->setStyleSheet(QStringLiteral("font-size:17pt; font-weight:600; color:#1f2530;"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_grade->setObjectName(QStringLiteral("gradeBadge"));
    m_status->setObjectName(QStringLiteral("statusBadge"));
    m_archived->setObjectName(QStringLiteral("archivedBadge"));
    m_footer->setObjectName(QStringLiteral("customerFooterLabel"));
    m_footer->setProperty("laokeRole", QStringLiteral("hint"));
    m_footer->setWordWrap(true);
    m_footer->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* title = new QHBoxLayout;
    title->setSpacing(10);
    title->addWidget(m_name);
    title->addWidget(m_grade, 0, Qt::AlignVCenter);
    title->addWidget(m_status, 0, Qt::AlignVCenter);
    title->addWidget(m_archived, 0, Qt::AlignVCenter);
    title->addStretch(1);

    m_grid->setHorizontalSpacing(10);
    m_grid->setVerticalSpacing(6);
    for (int i = 0; i < kFields.size(); ++i) addItem(kFields[i], i / kColumns, i % kColumns);
    for (int column = 0; column < kColumns; ++column) m_grid->setColumnStretch(column * 2 + 1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 14);
    layout->setSpacing(10);
    layout->addLayout(title);
    layout->addLayout(m_grid);
    layout->addWidget(m_footer);
    retranslate();
    setPlaceholder(QString());
}

QLabel* CustomerHeader::addItem(const QString& field, int row, int column) {
    auto* caption = new QLabel(this);
    caption->setProperty("laokeRole", QStringLiteral("hint"));
    auto* value = new QLabel(this);
    value->setObjectName(field + QStringLiteral("Value"));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setStyleSheet(QStringLiteral("color:#1f2530;"));
    m_grid->addWidget(caption, row, column * 2);
    m_grid->addWidget(value, row, column * 2 + 1);
    m_captions.append(caption);
    m_values.append(value);
    return value;
}

void CustomerHeader::retranslate() {
    const QStringList captions{tr("Code"),     tr("Short name"), tr("Branch"), tr("Account manager"),
                               tr("Location"), tr("Industry"),   tr("Size"),   tr("Credit code")};
    for (int i = 0; i < m_captions.size(); ++i) m_captions[i]->setText(captions.value(i));
    if (m_customer.id() != 0) setCustomer(m_customer);
}

void CustomerHeader::setPlaceholder(const QString& text) {
    m_name->setText(text);
    m_grade->hide();
    m_status->hide();
    m_archived->hide();
    m_footer->clear();
    for (QLabel* value : m_values) value->clear();
}

void CustomerHeader::setCustomer(const protocol::Customer& customer) {
    m_customer = customer;
    m_name->setText(str(customer.name()));
    const QString grade = str(customer.manual_grade());
    Theme::styleBadge(m_grade, Names::gradeColor(grade),
               grade.isEmpty() ? Names::grade(grade) : tr("Grade %1").arg(Names::grade(grade)));
    Theme::styleBadge(m_status, Names::statusColor(str(customer.status())), Names::status(str(customer.status())));
    Theme::styleBadge(m_archived, Names::mutedColor(), customer.archived() ? tr("Archived") : QString());

    QStringList location;
    for (const std::string* part : {&customer.province(), &customer.city(), &customer.district()})
        if (!part->empty() && !location.contains(str(*part))) location.append(str(*part));
    const QString dash = QStringLiteral("—");
    auto orDash = [&dash](const QString& text) { return text.isEmpty() ? dash : text; };
    const QStringList values{orDash(str(customer.code())),
                             orDash(str(customer.short_name())),
                             orDash(str(customer.branch_name())),
                             orDash(str(customer.owner_name())),
                             orDash(location.join(QStringLiteral(" · "))),
                             orDash(Names::industry(str(customer.industry()))),
                             orDash(Names::sizeClass(str(customer.size_class()))),
                             orDash(str(customer.credit_code()))};
    for (int i = 0; i < m_values.size(); ++i) {
        m_values[i]->setText(values.value(i));
        m_values[i]->setToolTip(values.value(i));
    }
    if (customer.has_location()) {
        constexpr int kLocationValue = 4;
        m_values[kLocationValue]->setToolTip(
            tr("%1\nCoordinates: %2").arg(values.value(kLocationValue), str(domain::locationText(customer.location()))));
    }

    QStringList footer;
    if (!customer.address().empty()) footer.append(tr("Address: %1").arg(str(customer.address())));
    if (customer.updated_at_unix() > 0) {
        const QString when = client::CustomerFormats::dateTime(customer.updated_at_unix());
        footer.append(customer.updated_by_name().empty()
                          ? tr("Last changed %1").arg(when)
                          : tr("Last changed %1 by %2").arg(when, str(customer.updated_by_name())));
    }
    m_footer->setText(footer.join(QStringLiteral("   ·   ")));
    m_footer->setToolTip(str(customer.notes()));
}

QString CustomerHeader::value(const QString& field) const {
    if (field == QLatin1String("grade")) return m_grade->text();
    if (field == QLatin1String("status")) return m_status->text();
    const qsizetype index = kFields.indexOf(field);
    return index < 0 ? QString() : m_values.value(index)->text();
}

void CustomerHeader::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QFrame::changeEvent(event);
}

}  // namespace laoke::ui
