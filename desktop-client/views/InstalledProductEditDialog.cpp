#include "InstalledProductEditDialog.h"

#include "CodeCombo.h"
#include "Customer360Model.h"
#include "CustomerValueNames.h"
#include "DateField.h"
#include "ProductCatalogue.h"
#include "Theme.h"
#include "domain/CustomerRules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace laoke::ui {

namespace {

using Names = client::CustomerValueNames;
constexpr int kModuleColumns = 3;
constexpr char kModuleIdProperty[] = "laokeModuleId";

QString str(const std::string& value) {
    return QString::fromStdString(value);
}

}  // namespace

InstalledProductEditDialog::InstalledProductEditDialog(client::Customer360Model& model, client::ProductCatalogue& catalogue,
                                                       const protocol::InstalledProduct& product, QWidget* parent)
    : RecordEditDialog(CustomerFieldMessages::Kind::InstalledProduct, parent),
      m_model(model),
      m_catalogue(catalogue),
      m_record(product),
      m_line(new QComboBox(this)),
      m_version(new QComboBox(this)),
      m_lifecycle(new QLabel(this)),
      m_modules(new QWidget(this)),
      m_moduleGrid(new QGridLayout(m_modules)),
      m_noModules(new QLabel(this)),
      m_seats(new QSpinBox(this)),
      m_licence(new QComboBox(this)),
      m_goLive(new DateField(this)),
      m_serviceEnd(new DateField(this)),
      m_serverNotes(new QPlainTextEdit(this)),
      m_catalogueHint(new QLabel(this)) {
    setObjectName(QStringLiteral("installedProductEditDialog"));
    setMinimumWidth(600);
    const bool creating = product.id() == 0;
    setTexts(creating ? tr("New installed product") : tr("Edit installed product"), str(model.customer().name()),
             creating ? tr("Add product") : tr("Save"));
    if (m_record.customer_id() == 0) m_record.set_customer_id(model.customerId());
    if (m_record.licence_type().empty()) m_record.set_licence_type("dongle");
    if (creating && m_record.seats() == 0) m_record.set_seats(1);

    m_line->setObjectName(QStringLiteral("lineCombo"));
    m_line->setPlaceholderText(tr("Choose a product"));
    m_version->setObjectName(QStringLiteral("versionCombo"));
    m_version->setPlaceholderText(tr("Choose a version"));
    m_lifecycle->setObjectName(QStringLiteral("lifecycleLabel"));
    Theme::makeHint(m_lifecycle);
    m_modules->setObjectName(QStringLiteral("moduleChecks"));
    m_moduleGrid->setContentsMargins(0, 2, 0, 2);
    m_moduleGrid->setHorizontalSpacing(18);
    m_moduleGrid->setVerticalSpacing(4);
    Theme::makeHint(m_noModules);
    m_noModules->setObjectName(QStringLiteral("noModulesLabel"));
    m_seats->setObjectName(QStringLiteral("seatsSpin"));
    m_seats->setRange(0, 100000);
    m_seats->setToolTip(tr("Licensed concurrent seats or users (站点数)."));
    m_licence->setObjectName(QStringLiteral("licenceCombo"));
    CodeCombo::fill(m_licence, Names::licenceTypes(), &Names::licenceType);
    m_goLive->setObjectName(QStringLiteral("goLiveField"));
    m_serviceEnd->setObjectName(QStringLiteral("serviceEndField"));
    m_serviceEnd->setToolTip(tr("The last day of service (SPS / annual service)."));
    m_serverNotes->setObjectName(QStringLiteral("serverNotesEdit"));
    m_serverNotes->setPlaceholderText(tr("Server, database, account sets, dongle number…"));
    m_serverNotes->setFixedHeight(60);
    m_catalogueHint->setObjectName(QStringLiteral("catalogueHint"));
    Theme::makeHint(m_catalogueHint);

    auto* versionBox = new QVBoxLayout;
    versionBox->setSpacing(3);
    versionBox->addLayout(fieldRow(QStringLiteral("product_version_id"), m_version));
    versionBox->addWidget(m_lifecycle);
    auto* moduleBox = new QVBoxLayout;
    moduleBox->setSpacing(3);
    moduleBox->addLayout(fieldRow(QStringLiteral("module_ids"), m_modules));
    moduleBox->addWidget(m_noModules);

    auto* form = new QFormLayout;
    form->setVerticalSpacing(8);
    form->setHorizontalSpacing(14);
    form->addRow(tr("Product"), m_line);
    form->addRow(tr("Version"), versionBox);
    form->addRow(tr("Modules"), moduleBox);
    form->addRow(tr("Seats"), fieldRow(QStringLiteral("seats"), m_seats));
    form->addRow(tr("Licence"), fieldRow(QStringLiteral("licence_type"), m_licence));
    form->addRow(tr("Go-live"), fieldRow(QStringLiteral("go_live_on"), m_goLive));
    form->addRow(tr("Service until"), fieldRow(QStringLiteral("service_end_on"), m_serviceEnd));
    form->addRow(tr("Server notes"), fieldRow(QStringLiteral("server_notes"), m_serverNotes));
    body()->addWidget(m_catalogueHint);
    body()->addLayout(form);

    connect(m_line, &QComboBox::activated, this, [this] {
        lineChanged();
        markTouched(QStringLiteral("product_version_id"));
    });
    connect(m_version, &QComboBox::currentIndexChanged, this, &InstalledProductEditDialog::versionChanged);
    connect(&m_catalogue, &client::ProductCatalogue::loaded, this, [this] {
        const std::unique_ptr<Message> typed = formRecord();
        fillLines();
        fill(*typed);
        validate();
    });
    fillLines();
    if (!m_catalogue.isLoaded()) m_catalogue.refresh();
    setBaseRecord(m_record);
}

void InstalledProductEditDialog::fillLines() {
    m_line->clear();
    for (const auto& line : m_catalogue.lines())
        m_line->addItem(client::ProductCatalogue::lineLabel(line), QVariant::fromValue<qint64>(line.id()));
    m_line->setCurrentIndex(-1);
    const bool empty = m_catalogue.lines().empty();
    m_catalogueHint->setText(!m_catalogue.isLoaded() ? tr("Loading the product catalogue…")
                             : empty ? tr("The product catalogue is empty: an administrator must add the products first.")
                                     : QString());
    m_catalogueHint->setVisible(!m_catalogueHint->text().isEmpty());
}

void InstalledProductEditDialog::lineChanged() {
    m_version->clear();
    const protocol::ProductLine* line =
        m_line->currentIndex() < 0 ? nullptr : m_catalogue.line(m_line->currentData().toLongLong());
    if (line) {
        // Newest versions first: the one a customer most likely runs, or should.
        for (auto it = line->versions().rbegin(); it != line->versions().rend(); ++it)
            m_version->addItem(str(it->name()), QVariant::fromValue<qint64>(it->id()));
    }
    m_version->setCurrentIndex(m_version->count() == 1 ? 0 : -1);
    rebuildModules({});
    versionChanged();
}

void InstalledProductEditDialog::versionChanged() {
    const protocol::ProductVersion* version =
        m_version->currentIndex() < 0 ? nullptr : m_catalogue.version(m_version->currentData().toLongLong());
    if (!version) {
        m_lifecycle->hide();
    } else {
        const QString stage = str(version->lifecycle_stage());
        m_lifecycle->setText(tr("Released %1 · lifecycle today: <span style='color:%2; font-weight:600'>%3</span>")
                                 .arg(str(version->released_on()),
                                      Names::lifecycleStageColor(stage).name(), Names::lifecycleStage(stage).toHtmlEscaped()));
        m_lifecycle->setTextFormat(Qt::RichText);
        m_lifecycle->show();
    }
    validate();
}

void InstalledProductEditDialog::rebuildModules(const QList<qint64>& checked) {
    while (QLayoutItem* item = m_moduleGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const protocol::ProductLine* line =
        m_line->currentIndex() < 0 ? nullptr : m_catalogue.line(m_line->currentData().toLongLong());
    int index = 0;
    if (line) {
        std::vector<protocol::ProductModule> modules(line->modules().begin(), line->modules().end());
        std::stable_sort(modules.begin(), modules.end(),
                         [](const auto& a, const auto& b) { return a.sort_order() < b.sort_order(); });
        for (const auto& module : modules) {
            auto* box = new QCheckBox(str(module.name()), m_modules);
            box->setProperty(kModuleIdProperty, QVariant::fromValue<qint64>(module.id()));
            box->setChecked(checked.contains(module.id()));
            connect(box, &QCheckBox::toggled, this, [this] { markTouched(QStringLiteral("module_ids")); });
            m_moduleGrid->addWidget(box, index / kModuleColumns, index % kModuleColumns);
            ++index;
        }
    }
    m_noModules->setText(!line ? tr("Choose a product to see its modules.") : tr("This product line has no modules."));
    m_noModules->setVisible(index == 0);
    m_modules->setVisible(index > 0);
}

std::unique_ptr<RecordEditDialog::Message> InstalledProductEditDialog::formRecord() const {
    auto product = std::make_unique<protocol::InstalledProduct>(m_record);
    const qint64 versionId = m_version->currentIndex() < 0 ? 0 : m_version->currentData().toLongLong();
    product->set_product_version_id(versionId);
    if (const protocol::ProductLine* line = m_catalogue.lineOfVersion(versionId)) {
        product->set_product_line_name(line->name());
        product->set_vendor(line->vendor());
    }
    if (const protocol::ProductVersion* version = m_catalogue.version(versionId))
        product->set_product_version_name(version->name());
    product->clear_module_ids();
    product->clear_module_names();
    for (const QCheckBox* box : m_modules->findChildren<QCheckBox*>()) {
        if (!box->isChecked()) continue;
        product->add_module_ids(box->property(kModuleIdProperty).toLongLong());
        product->add_module_names(box->text().toStdString());
    }
    product->set_seats(m_seats->value());
    product->set_licence_type(CodeCombo::code(m_licence));
    product->set_go_live_on(m_goLive->isoText());
    product->set_service_end_on(m_serviceEnd->isoText());
    product->set_server_notes(domain::trimmed(m_serverNotes->toPlainText().toStdString()));
    return product;
}

std::unique_ptr<RecordEditDialog::Message> InstalledProductEditDialog::validBaseline() const {
    auto product = std::make_unique<protocol::InstalledProduct>();
    product->set_product_version_id(1);
    product->set_licence_type("dongle");
    product->set_seats(1);
    return product;
}

std::optional<domain::RuleViolation> InstalledProductEditDialog::check(const Message& record) const {
    return domain::checkInstalledProduct(static_cast<const protocol::InstalledProduct&>(record));
}

void InstalledProductEditDialog::send(const Message& record, client::Connection::Callback done) {
    m_model.saveInstalledProduct(static_cast<const protocol::InstalledProduct&>(record), std::move(done));
}

void InstalledProductEditDialog::fetchCurrent(std::function<void(const Message*, const QString&)> done) {
    const qint64 id = m_record.id();
    m_model.fetchLatest([done = std::move(done), id](const client::Reply& reply) {
        if (!reply.ok()) {
            done(nullptr, reply.error().code == protocol::NOT_FOUND ? QString() : reply.error().userMessage());
            return;
        }
        for (const auto& product : reply.envelope().customer_360_reply().view().installed_products()) {
            if (product.id() == id && !product.archived()) {
                done(&product, tr("%1 changed this installed product after you opened it.")
                             .arg(whoChanged(product.updated_by_name())));
                return;
            }
        }
        done(nullptr, QString());
    });
}

FieldValues InstalledProductEditDialog::describe(const Message& record) const {
    const auto& p = static_cast<const protocol::InstalledProduct&>(record);
    QStringList modules;
    for (const auto& name : p.module_names()) modules.append(str(name));
    return {
        {QStringLiteral("product_version_id"), tr("Version"),
         QStringLiteral("%1 %2").arg(str(p.product_line_name()), str(p.product_version_name())).trimmed()},
        {QStringLiteral("module_ids"), tr("Modules"), modules.join(QStringLiteral("、"))},
        {QStringLiteral("seats"), tr("Seats"), QString::number(p.seats())},
        {QStringLiteral("licence_type"), tr("Licence"), Names::licenceType(str(p.licence_type()))},
        {QStringLiteral("go_live_on"), tr("Go-live"), str(p.go_live_on())},
        {QStringLiteral("service_end_on"), tr("Service until"), str(p.service_end_on())},
        {QStringLiteral("server_notes"), tr("Server notes"), str(p.server_notes())},
    };
}

void InstalledProductEditDialog::fill(const Message& record) {
    const auto& p = static_cast<const protocol::InstalledProduct&>(record);
    m_record = p;
    const protocol::ProductLine* line = m_catalogue.lineOfVersion(p.product_version_id());
    m_line->setCurrentIndex(line ? m_line->findData(QVariant::fromValue<qint64>(line->id())) : -1);
    lineChanged();
    m_version->setCurrentIndex(m_version->findData(QVariant::fromValue<qint64>(p.product_version_id())));
    rebuildModules(QList<qint64>(p.module_ids().begin(), p.module_ids().end()));
    m_seats->setValue(p.seats());
    CodeCombo::select(m_licence, p.licence_type(), &Names::licenceType);
    m_goLive->setIsoText(p.go_live_on());
    m_serviceEnd->setIsoText(p.service_end_on());
    m_serverNotes->setPlainText(str(p.server_notes()));
}

void InstalledProductEditDialog::adoptVersion(const Message& current) {
    m_record.set_version(static_cast<const protocol::InstalledProduct&>(current).version());
}

}  // namespace laoke::ui
