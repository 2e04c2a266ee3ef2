#include "SuggestedArticles.h"

#include "KbArticleDialog.h"
#include "KbNames.h"
#include "Theme.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace laoke::ui {

namespace {

QString str(const std::string& text) {
    return QString::fromStdString(text);
}

}  // namespace

SuggestedArticles::SuggestedArticles(client::Connection& connection, client::TicketCategories& categories, QWidget* parent)
    : QWidget(parent),
      m_connection(connection),
      m_categories(categories),
      m_suggestions(new client::KbSuggestions(connection, this)) {
    setObjectName(QStringLiteral("suggestedArticles"));
    setFocusPolicy(Qt::NoFocus);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    connect(m_suggestions, &client::KbSuggestions::changed, this, &SuggestedArticles::render);
}

void SuggestedArticles::setInput(const client::KbSuggestions::Input& input, bool now) {
    m_suggestions->setInput(input, now);
}

void SuggestedArticles::setUsed(qint64 articleId, bool used) {
    if (auto* box = findChild<QCheckBox*>(QStringLiteral("useArticle_%1").arg(articleId))) box->setChecked(used);
}

QWidget* SuggestedArticles::row(const protocol::KbArticleRow& article, const QString& reasons, bool used) {
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    const qint64 id = article.id();
    auto* usedBox = new QCheckBox(tr("used"), row);
    usedBox->setObjectName(QStringLiteral("useArticle_%1").arg(id));
    usedBox->setFocusPolicy(Qt::NoFocus);
    usedBox->setChecked(used);
    usedBox->setToolTip(tr("This article helps with the call: link it to the ticket when it is created"));
    const protocol::KbArticleRow copy = article;
    connect(usedBox, &QCheckBox::toggled, this, [this, copy](bool checked) {
        if (checked) m_used.insert(copy.id(), copy);
        else m_used.remove(copy.id());
    });
    // A wrapping link (links are for the mouse only: no focus), so a long title cannot widen the form.
    auto* open = new QLabel(QStringLiteral("<a href='kb:%1' style='color:#1d4ea8; text-decoration:none'>%2</a>")
                                .arg(id)
                                .arg(str(article.title()).toHtmlEscaped()),
                            row);
    open->setObjectName(QStringLiteral("openArticle_%1").arg(id));
    open->setTextFormat(Qt::RichText);
    open->setTextInteractionFlags(Qt::LinksAccessibleByMouse);
    open->setFocusPolicy(Qt::NoFocus);
    open->setWordWrap(true);
    open->setCursor(Qt::PointingHandCursor);
    open->setToolTip(str(article.symptom_excerpt()));
    connect(open, &QLabel::linkActivated, this, [this, id] {
        auto* dialog = new KbArticleDialog(m_connection, m_categories, id, window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    auto* why = new QLabel(reasons, row);
    Theme::makeHint(why);
    why->setWordWrap(true);
    auto* text = new QVBoxLayout;
    text->setSpacing(0);
    text->addWidget(open);
    text->addWidget(why);
    layout->addWidget(usedBox, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    return row;
}

void SuggestedArticles::render() {
    // Deleted at once: no row rebuilds the list from inside its own signal.
    qDeleteAll(m_rows);
    m_rows.clear();
    for (const protocol::KbArticleRow& article : m_used) {
        // Its reasons while the text still suggests it, else what it is for.
        QString detail = client::KbNames::productText(article.product_line_name(), article.versions());
        for (const protocol::KbSuggestion& s : m_suggestions->suggestions()) {
            if (s.article().id() == article.id()) detail = client::KbNames::reasons(s);
        }
        m_rows.append(row(article, detail, true));
    }
    for (const protocol::KbSuggestion& s : m_suggestions->suggestions()) {
        if (!m_used.contains(s.article().id())) m_rows.append(row(s.article(), client::KbNames::reasons(s), false));
    }
    for (QWidget* r : m_rows) layout()->addWidget(r);
    setVisible(!m_rows.isEmpty());
    emit rowsChanged();
}

void SuggestedArticles::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) render();
    QWidget::changeEvent(event);
}

}  // namespace laoke::ui
