#include "KbArticleReader.h"

#include "CustomerFormats.h"
#include "KbNames.h"
#include "TicketCategories.h"
#include "Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace laoke::ui {

namespace {

QString str(const std::string& text) {
    return QString::fromStdString(text);
}

QLabel* textLabel(QWidget* parent, const QString& name) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel* sectionTitle(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("font-weight:600; color:#1d4ea8; margin-top:6px;"));
    return label;
}

}  // namespace

KbArticleReader::KbArticleReader(client::TicketCategories& categories, QWidget* parent)
    : QWidget(parent),
      m_categories(categories),
      m_empty(new QLabel(this)),
      m_scroll(nullptr),
      m_body(new QWidget),
      m_title(textLabel(m_body, QStringLiteral("kbArticleTitle"))),
      m_archived(new QLabel(m_body)),
      m_facts(new QLabel(m_body)),
      m_symptomTitle(sectionTitle(m_body)),
      m_symptom(textLabel(m_body, QStringLiteral("kbArticleSymptom"))),
      m_causeTitle(sectionTitle(m_body)),
      m_cause(textLabel(m_body, QStringLiteral("kbArticleCause"))),
      m_solutionTitle(sectionTitle(m_body)),
      m_solution(textLabel(m_body, QStringLiteral("kbArticleSolution"))),
      m_footer(new QLabel(m_body)) {
    setObjectName(QStringLiteral("kbArticleReader"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    Theme::makeHint(m_empty);
    m_title->setStyleSheet(QStringLiteral("font-size:14pt; font-weight:600; color:#1f2530;"));
    m_archived->setObjectName(QStringLiteral("kbArchivedBadge"));
    m_facts->setObjectName(QStringLiteral("kbArticleFacts"));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);
    m_footer->setObjectName(QStringLiteral("kbArticleFooter"));
    m_footer->setWordWrap(true);
    Theme::makeHint(m_footer);

    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_archived, 0, Qt::AlignTop);
    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(18, 14, 18, 14);
    bodyLayout->setSpacing(6);
    bodyLayout->addLayout(titleRow);
    bodyLayout->addWidget(m_facts);
    bodyLayout->addWidget(m_symptomTitle);
    bodyLayout->addWidget(m_symptom);
    bodyLayout->addWidget(m_causeTitle);
    bodyLayout->addWidget(m_cause);
    bodyLayout->addWidget(m_solutionTitle);
    bodyLayout->addWidget(m_solution);
    bodyLayout->addSpacing(8);
    bodyLayout->addWidget(m_footer);
    bodyLayout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setObjectName(QStringLiteral("kbArticleScroll"));
    scroll->setWidget(m_body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty, 1);
    layout->addWidget(scroll, 1);
    connect(&m_categories, &client::TicketCategories::changed, this, &KbArticleReader::render);
    render();
}

void KbArticleReader::showArticle(const protocol::KbArticle& article) {
    m_article = article;
    render();
}

void KbArticleReader::render() {
    m_empty->setText(tr("Choose an article to read it here."));
    m_symptomTitle->setText(tr("Symptom"));
    m_causeTitle->setText(tr("Cause"));
    m_solutionTitle->setText(tr("Solution"));
    const bool shown = m_article.id() != 0;
    m_empty->setVisible(!shown);
    m_scroll->setVisible(shown);
    if (!shown) return;
    const protocol::KbArticle& a = m_article;
    m_title->setText(str(a.title()));
    Theme::styleBadge(m_archived, QColor(0x8a, 0x8f, 0x98), a.archived() ? tr("Archived") : QString());
    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td style='color:#667085; padding-right:12px'>%1</td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table>");
    html += row(tr("Product line"), client::KbNames::productText(a.product_line_name(), {}));
    html += row(tr("Versions"), a.versions().empty() ? tr("All versions") : str(a.versions()));
    html += row(tr("Category"), a.category_id() == 0 ? tr("Any category") : m_categories.fullName(a.category_id()));
    if (!a.keywords().empty()) html += row(tr("Keywords"), str(a.keywords()));
    html += QStringLiteral("</table>");
    m_facts->setText(html);
    m_symptom->setText(str(a.symptom()));
    m_causeTitle->setVisible(!a.cause().empty());
    m_cause->setText(str(a.cause()));
    m_cause->setVisible(!a.cause().empty());
    m_solution->setText(str(a.solution()));
    m_footer->setText(tr("%1 · written by %2 · last changed %3 by %4")
                          .arg(client::KbNames::useCount(a.use_count()), str(a.author_name()),
                               client::CustomerFormats::dateTime(a.updated_at_unix()), str(a.updated_by_name())));
}

void KbArticleReader::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) render();
    QWidget::changeEvent(event);
}

}  // namespace laoke::ui
