#include "KbArticleEditor.h"

#include "CategoryCombo.h"
#include "Connection.h"
#include "CustomerFormats.h"
#include "InlineErrorLabel.h"
#include "KbArticleModel.h"
#include "KbNames.h"
#include "ProductCatalogue.h"
#include "TicketCategories.h"
#include "Theme.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace laoke::ui {

namespace {

// The limits of V0014 and KbHandler, so the form says so before the server has to.
constexpr int kMaxTitle = 120;
constexpr int kMaxVersions = 64;
constexpr int kMaxSymptom = 2000;
constexpr int kMaxCause = 2000;
constexpr int kMaxSolution = 4000;
constexpr int kMaxKeywords = 200;

QString str(const std::string& text) {
    return QString::fromStdString(text);
}

int characters(const QString& text) {
    return static_cast<int>(text.toStdU32String().size());
}

QPlainTextEdit* textEdit(QWidget* parent, const QString& name, int height) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(height);
    return edit;
}

}  // namespace

KbArticleEditor::KbArticleEditor(client::Connection& connection, client::TicketCategories& categories,
                                 client::ProductCatalogue& catalogue, const protocol::KbArticle& start, QWidget* parent)
    : QDialog(parent),
      m_connection(connection),
      m_categories(categories),
      m_catalogue(catalogue),
      m_model(new client::KbArticleModel(connection, this)),
      m_base(start),
      m_heading(new QLabel(this)),
      m_hint(new QLabel(this)),
      m_conflict(new ConflictPanel(this)),
      m_title(new QLineEdit(this)),
      m_product(new QComboBox(this)),
      m_versions(new QLineEdit(this)),
      m_category(new QComboBox(this)),
      m_symptom(textEdit(this, QStringLiteral("symptomEdit"), 70)),
      m_cause(textEdit(this, QStringLiteral("causeEdit"), 50)),
      m_solution(textEdit(this, QStringLiteral("solutionEdit"), 150)),
      m_keywords(new QLineEdit(this)),
      m_error(new InlineErrorLabel(this)),
      m_save(new QPushButton(this)),
      m_cancel(new QPushButton(this)) {
    setObjectName(QStringLiteral("kbArticleEditor"));
    resize(700, 760);
    Theme::makeHeading(m_heading);
    Theme::makeHint(m_hint);
    m_hint->setWordWrap(true);
    m_conflict->hide();
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setMaxLength(kMaxTitle);
    m_product->setObjectName(QStringLiteral("productLineCombo"));
    m_versions->setObjectName(QStringLiteral("versionsEdit"));
    m_versions->setMaxLength(kMaxVersions);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_category->setMaxVisibleItems(20);
    // The solution is the long part; symptom and cause are a few lines.
    m_symptom->setMaximumHeight(120);
    m_cause->setMaximumHeight(90);
    m_keywords->setObjectName(QStringLiteral("keywordsEdit"));
    m_keywords->setMaxLength(kMaxKeywords);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_save->setObjectName(QStringLiteral("saveArticleButton"));
    Theme::makePrimary(m_save);
    m_save->setAutoDefault(false);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAutoDefault(false);

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setVerticalSpacing(8);
    const auto addRow = [this, form](const QString& field, QWidget* editor) {
        auto* label = new QLabel(this);
        auto* error = new InlineErrorLabel(this);
        error->setObjectName(field + QStringLiteral("Error"));
        m_labels.insert(field, label);
        m_errors.insert(field, error);
        form->addRow(label, InlineErrorLabel::stacked(editor, error));
    };
    auto* productRow = new QWidget(this);
    auto* productLayout = new QHBoxLayout(productRow);
    productLayout->setContentsMargins(0, 0, 0, 0);
    productLayout->addWidget(m_product, 3);
    productLayout->addWidget(m_versions, 2);
    addRow(QStringLiteral("title"), m_title);
    addRow(QStringLiteral("product_line_id"), productRow);
    addRow(QStringLiteral("category_id"), m_category);
    addRow(QStringLiteral("symptom"), m_symptom);
    addRow(QStringLiteral("cause"), m_cause);
    addRow(QStringLiteral("solution"), m_solution);
    addRow(QStringLiteral("keywords"), m_keywords);
    m_errors.insert(QStringLiteral("versions"), m_errors.value(QStringLiteral("product_line_id")));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addWidget(m_hint);
    layout->addWidget(m_conflict);
    layout->addLayout(form, 1);
    layout->addLayout(buttons);

    const auto touched = [this](const QString& field) {
        return [this, field] {
            if (!m_touched.contains(field)) m_touched.append(field);
            check(false);
        };
    };
    connect(m_title, &QLineEdit::textEdited, this, touched(QStringLiteral("title")));
    connect(m_symptom, &QPlainTextEdit::textChanged, this, touched(QStringLiteral("symptom")));
    connect(m_cause, &QPlainTextEdit::textChanged, this, touched(QStringLiteral("cause")));
    connect(m_solution, &QPlainTextEdit::textChanged, this, touched(QStringLiteral("solution")));
    connect(m_product, &QComboBox::activated, this, [this] { m_lineId = m_product->currentData().toLongLong(); });
    connect(m_category, &QComboBox::activated, this, [this] { m_categoryId = m_category->currentData().toLongLong(); });
    connect(m_save, &QPushButton::clicked, this, &KbArticleEditor::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto* saveShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(saveShortcut, &QShortcut::activated, this, &KbArticleEditor::submit);
    connect(&m_categories, &client::TicketCategories::changed, this, &KbArticleEditor::fillChoices);
    connect(&m_catalogue, &client::ProductCatalogue::loaded, this, &KbArticleEditor::fillChoices);
    connect(m_conflict, &ConflictPanel::reloadRequested, this, [this] {
        m_base = m_theirs;
        fill(m_base);
        m_conflict->hide();
        m_error->clearError();
    });
    connect(m_conflict, &ConflictPanel::keepEditingRequested, this, [this] {
        if (m_theirs.id() == 0) {
            reject();  // the article is gone; there is nothing to keep editing
            return;
        }
        m_base = m_theirs;  // the next save states their version and replaces it
        m_conflict->hide();
        m_error->clearError();
    });

    m_categories.load();
    if (!m_catalogue.isLoaded()) m_catalogue.refresh();
    m_lineId = start.product_line_id();
    m_categoryId = start.category_id();
    retranslate();
    fill(start);
    m_title->setFocus();
}

void KbArticleEditor::retranslate() {
    const bool creating = m_base.id() == 0;
    setWindowTitle(creating ? tr("New knowledge article") : tr("Edit knowledge article"));
    m_heading->setText(windowTitle());
    m_hint->setText(tr("Write it for the next engineer with a caller on the line: what the user sees, why it "
                       "happens, and the steps that fix it."));
    m_labels.value(QStringLiteral("title"))->setText(tr("Title"));
    m_labels.value(QStringLiteral("product_line_id"))->setText(tr("Product, versions"));
    m_labels.value(QStringLiteral("category_id"))->setText(tr("Category"));
    m_labels.value(QStringLiteral("symptom"))->setText(tr("Symptom"));
    m_labels.value(QStringLiteral("cause"))->setText(tr("Cause"));
    m_labels.value(QStringLiteral("solution"))->setText(tr("Solution"));
    m_labels.value(QStringLiteral("keywords"))->setText(tr("Search words"));
    m_title->setPlaceholderText(tr("The problem in the caller's words, e.g. 月结时提示有未记账凭证"));
    m_versions->setPlaceholderText(tr("Versions, e.g. 13.0–16.1 (empty: all)"));
    m_symptom->setPlaceholderText(tr("What the user sees: messages, where it happens"));
    m_cause->setPlaceholderText(tr("Why it happens (if known)"));
    m_solution->setPlaceholderText(tr("The steps that fix it, one per line"));
    m_keywords->setPlaceholderText(tr("Other words people search by that the text lacks"));
    m_save->setText(tr("Save article (Ctrl+Enter)"));
    m_cancel->setText(tr("Cancel"));
    fillChoices();
    check(false);
}

void KbArticleEditor::fillChoices() {
    const qint64 line = m_lineId;
    m_product->clear();
    m_product->addItem(client::KbNames::productText({}, {}), QVariant::fromValue<qint64>(0));
    for (const protocol::ProductLine& l : m_catalogue.lines())
        m_product->addItem(client::ProductCatalogue::lineLabel(l), QVariant::fromValue<qint64>(l.id()));
    m_product->setCurrentIndex(qMax(0, m_product->findData(QVariant::fromValue<qint64>(line))));

    CategoryCombo::fill(*m_category, m_categories, m_categoryId, tr("(any category)"));
}

void KbArticleEditor::fill(const protocol::KbArticle& a) {
    m_title->setText(str(a.title()));
    m_versions->setText(str(a.versions()));
    m_symptom->setPlainText(str(a.symptom()));
    m_cause->setPlainText(str(a.cause()));
    m_solution->setPlainText(str(a.solution()));
    m_keywords->setText(str(a.keywords()));
    m_lineId = a.product_line_id();
    m_categoryId = a.category_id();
    fillChoices();
    // Prefilled text is not the user's typing: no messages until they touch a field or save.
    m_touched.clear();
    check(false);
}

protocol::KbArticle KbArticleEditor::formArticle() const {
    protocol::KbArticle a;
    a.set_id(m_base.id());
    a.set_version(m_base.version());
    a.set_title(m_title->text().trimmed().toStdString());
    a.set_product_line_id(m_lineId);
    a.set_versions(m_versions->text().trimmed().toStdString());
    a.set_category_id(m_categoryId);
    a.set_symptom(m_symptom->toPlainText().trimmed().toStdString());
    a.set_cause(m_cause->toPlainText().trimmed().toStdString());
    a.set_solution(m_solution->toPlainText().trimmed().toStdString());
    a.set_keywords(m_keywords->text().trimmed().toStdString());
    return a;
}

QString KbArticleEditor::fieldError(const QString& field) const {
    const InlineErrorLabel* label = m_errors.value(field);
    return label && label->hasError() ? label->text() : QString();
}

bool KbArticleEditor::check(bool all) {
    const protocol::KbArticle a = formArticle();
    const auto tooLong = [](int max) { return tr("At most %n characters.", nullptr, max); };
    QHash<QString, QString> messages;
    if (characters(str(a.title())) < 2) messages.insert(QStringLiteral("title"), tr("Give the article a title of at least 2 characters."));
    if (a.symptom().empty()) messages.insert(QStringLiteral("symptom"), tr("Describe what the user sees."));
    else if (characters(str(a.symptom())) > kMaxSymptom) messages.insert(QStringLiteral("symptom"), tooLong(kMaxSymptom));
    if (characters(str(a.cause())) > kMaxCause) messages.insert(QStringLiteral("cause"), tooLong(kMaxCause));
    if (a.solution().empty()) messages.insert(QStringLiteral("solution"), tr("Write down the steps that fix it."));
    else if (characters(str(a.solution())) > kMaxSolution) messages.insert(QStringLiteral("solution"), tooLong(kMaxSolution));
    for (const QString& field : {QStringLiteral("title"), QStringLiteral("symptom"), QStringLiteral("cause"), QStringLiteral("solution")}) {
        if (all && !m_touched.contains(field)) m_touched.append(field);
        m_errors.value(field)->setError(m_touched.contains(field) ? messages.value(field) : QString());
    }
    return messages.isEmpty();
}

void KbArticleEditor::submit() {
    if (!m_save->isEnabled()) return;
    m_error->clearError();
    if (!check(true)) return;
    m_conflict->hide();
    m_save->setEnabled(false);
    QPointer<KbArticleEditor> self(this);
    m_model->save(formArticle(), [self](const client::Reply& reply) {
        if (!self) return;
        self->m_save->setEnabled(true);
        if (!reply.ok()) {
            self->handleFailure(reply.error());
            return;
        }
        const protocol::Envelope envelope = reply.envelope();
        emit self->saved(envelope.kb_article_reply().article());
        self->accept();
    });
}

void KbArticleEditor::handleFailure(const client::ClientError& error) {
    if (error.code == protocol::CONFLICT) {
        showConflict();
        return;
    }
    if (error.code == protocol::VALIDATION_FAILED && m_errors.contains(error.field)) {
        // The server's text is for logs; the form says it in the user's language.
        QString message = error.userMessage();
        if (error.field == QLatin1String("title")) message = tr("Give the article a title of at least 2 characters.");
        else if (error.field == QLatin1String("category_id")) message = tr("This category no longer exists; choose another.");
        else if (error.field == QLatin1String("product_line_id")) message = tr("This product line no longer exists; choose another.");
        m_errors.value(error.field)->setError(message);
        return;
    }
    m_error->setError(error.userMessage());
}

void KbArticleEditor::showConflict() {
    m_save->setEnabled(false);
    protocol::Envelope request;
    request.mutable_get_kb_article()->set_article_id(m_base.id());
    QPointer<KbArticleEditor> self(this);
    m_connection.send(std::move(request), [self](const client::Reply& reply) {
        if (!self) return;
        self->m_save->setEnabled(true);
        if (!reply.ok() && reply.error().code != protocol::NOT_FOUND) {
            self->m_error->setError(reply.error().userMessage());
            return;
        }
        if (!reply.ok()) {
            self->m_theirs.Clear();
            self->m_conflict->showGone(tr("This article was deleted by someone else; your changes cannot be saved."));
            self->m_conflict->show();
            return;
        }
        const protocol::Envelope envelope = reply.envelope();
        self->m_theirs = envelope.kb_article_reply().article();
        const protocol::KbArticle& theirs = self->m_theirs;
        const QString who = tr("%1 saved this article at %2, after you opened it.")
                                .arg(theirs.updated_by_name().empty() ? tr("Someone else") : str(theirs.updated_by_name()),
                                     client::CustomerFormats::dateTime(theirs.updated_at_unix()));
        self->m_conflict->showConflict(who, self->describe(self->m_base), self->describe(self->formArticle()),
                                       self->describe(theirs));
        self->m_conflict->show();
    });
}

FieldValues KbArticleEditor::describe(const protocol::KbArticle& a) const {
    const QString line = m_product->itemText(qMax(0, m_product->findData(QVariant::fromValue<qint64>(a.product_line_id()))));
    return {
        {QStringLiteral("title"), tr("Title"), str(a.title())},
        {QStringLiteral("product_line_id"), tr("Product line"), line},
        {QStringLiteral("versions"), tr("Versions"), str(a.versions())},
        {QStringLiteral("category_id"), tr("Category"), a.category_id() == 0 ? QString() : m_categories.fullName(a.category_id())},
        {QStringLiteral("symptom"), tr("Symptom"), str(a.symptom())},
        {QStringLiteral("cause"), tr("Cause"), str(a.cause())},
        {QStringLiteral("solution"), tr("Solution"), str(a.solution())},
        {QStringLiteral("keywords"), tr("Search words"), str(a.keywords())},
    };
}

void KbArticleEditor::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QDialog::changeEvent(event);
}

}  // namespace laoke::ui
