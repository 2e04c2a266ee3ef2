#include "ServiceReportsView.h"

#include "BranchListModel.h"
#include "MessageBar.h"
#include "ReportCharts.h"
#include "ReportComplaintTableModel.h"
#include "ReportFigures.h"
#include "ReportGroupTableModel.h"
#include "ServiceReportModel.h"
#include "ServiceReportWorkbook.h"
#include "SessionModel.h"
#include "Theme.h"

#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace laoke::ui {

namespace {

using client::ReportFigures;

const QStringList kHeadlines{QStringLiteral("resolved"),   QStringLiteral("sla"),          QStringLiteral("first_contact"),
                             QStringLiteral("response"),   QStringLiteral("resolution"),   QStringLiteral("satisfaction"),
                             QStringLiteral("complaints")};
const QStringList kDimensions{QStringLiteral("branch"), QStringLiteral("engineer"), QStringLiteral("category"),
                              QStringLiteral("grade")};

// Today in China, where the service calendar runs, whatever the computer's time zone.
QDate chinaToday() {
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).date();
}

QTableView* newTable(QWidget* parent, const QString& name) {
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

QChartView* newChartView(QWidget* parent, const QString& name) {
    auto* view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    return view;
}

// Sorts the table by the numbers behind the cells, not their text.
QSortFilterProxyModel* numericSort(QAbstractItemModel* source, QObject* parent) {
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(client::ReportGroupTableModel::SortRole);
    return proxy;
}

}  // namespace

ServiceReportsView::ServiceReportsView(client::SessionModel& session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_model(new client::ServiceReportModel(session.connection(), this)),
      m_complianceModel(new client::ReportGroupTableModel(this)),
      m_engineerModel(new client::ReportGroupTableModel(this)),
      m_complaintModel(new client::ReportComplaintTableModel(this)),
      m_heading(new QLabel(this)),
      m_periodLabel(new QLabel(this)),
      m_period(new QComboBox(this)),
      m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)),
      m_refresh(new QPushButton(this)),
      m_export(new QPushButton(this)),
      m_messages(new MessageBar(this)),
      m_emptyHint(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_dimensionLabel(new QLabel(this)),
      m_dimension(new QComboBox(this)),
      m_complianceChart(newChartView(this, QStringLiteral("complianceChart"))),
      m_complianceView(newTable(this, QStringLiteral("complianceTable"))),
      m_engineerView(newTable(this, QStringLiteral("engineerKpiTable"))),
      m_responseChart(newChartView(this, QStringLiteral("responseChart"))),
      m_resolutionChart(newChartView(this, QStringLiteral("resolutionChart"))),
      m_satisfactionChart(newChartView(this, QStringLiteral("satisfactionChart"))),
      m_complaintsNote(new QLabel(this)),
      m_complaintView(newTable(this, QStringLiteral("complaintReportTable"))) {
    setObjectName(QStringLiteral("serviceReportsView"));
    Theme::makeHeading(m_heading);
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    for (int i = 0; i <= static_cast<int>(Period::Custom); ++i) m_period->addItem(QString(), i);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_refresh->setObjectName(QStringLiteral("refreshReportButton"));
    m_export->setObjectName(QStringLiteral("exportReportButton"));
    m_export->setEnabled(false);
    Theme::makePrimary(m_export);
    Theme::makeHint(m_emptyHint);
    m_emptyHint->setObjectName(QStringLiteral("reportEmptyHint"));
    m_emptyHint->hide();
    Theme::makeHint(m_complaintsNote);
    // A branch manager's report is one branch: grouping it by branch would show one row.
    const bool admin = m_session.user().role() == protocol::ADMIN;
    for (const QString& dimension : kDimensions) {
        if (admin || dimension != QLatin1String("branch")) m_dimension->addItem(QString(), dimension);
    }
    m_dimension->setObjectName(QStringLiteral("reportDimension"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addSpacing(16);
    top->addWidget(m_periodLabel);
    top->addWidget(m_period);
    top->addWidget(m_from);
    top->addWidget(new QLabel(QStringLiteral("–"), this));
    top->addWidget(m_to);
    if (m_session.user().role() == protocol::ADMIN) {
        m_branches = new client::BranchListModel(session.connection(), this);
        m_branchLabel = new QLabel(this);
        m_branchCombo = new QComboBox(this);
        m_branchCombo->setObjectName(QStringLiteral("reportBranch"));
        top->addSpacing(12);
        top->addWidget(m_branchLabel);
        top->addWidget(m_branchCombo);
        connect(m_branches, &client::BranchListModel::refreshed, this, [this] {
            const qint64 chosen = chosenBranch();
            m_branchCombo->clear();
            m_branchCombo->addItem(tr("All branches"), 0);
            for (int row = 0; row < m_branches->rowCount(); ++row) {
                const QModelIndex index = m_branches->index(row, client::BranchListModel::NameColumn);
                m_branchCombo->addItem(index.data().toString(), index.data(client::BranchListModel::BranchIdRole));
            }
            m_branchCombo->setCurrentIndex(std::max(0, m_branchCombo->findData(chosen)));
        });
        connect(m_branchCombo, &QComboBox::activated, this, &ServiceReportsView::reload);
    }
    top->addStretch(1);
    top->addWidget(m_refresh);
    top->addWidget(m_export);

    // The headline figures, each a caption over a big number.
    auto* headlines = new QHBoxLayout;
    headlines->setSpacing(10);
    for (const QString& key : kHeadlines) {
        auto* tile = new QFrame(this);
        tile->setObjectName(QStringLiteral("reportTile"));
        tile->setStyleSheet(QStringLiteral("QFrame#reportTile { background:#ffffff; border:1px solid #dfe3ea; border-radius:6px; }"));
        auto* caption = new QLabel(tile);
        caption->setStyleSheet(QStringLiteral("color:#667085;"));
        auto* value = new QLabel(QStringLiteral("—"), tile);
        value->setObjectName(QStringLiteral("headline_") + key);
        value->setStyleSheet(QStringLiteral("font-size:18pt; font-weight:600; color:#1f2530;"));
        auto* box = new QVBoxLayout(tile);
        box->setContentsMargins(12, 8, 12, 8);
        box->setSpacing(2);
        box->addWidget(caption);
        box->addWidget(value);
        headlines->addWidget(tile, 1);
        m_headlineCaptions.append({key, caption});
        m_headlineValues.append({key, value});
    }

    // SLA compliance: the dimension, its chart, its table.
    auto* compliancePage = new QWidget(m_tabs);
    auto* complianceBar = new QHBoxLayout;
    complianceBar->addWidget(m_dimensionLabel);
    complianceBar->addWidget(m_dimension);
    complianceBar->addStretch(1);
    auto* complianceLayout = new QVBoxLayout(compliancePage);
    complianceLayout->addLayout(complianceBar);
    complianceLayout->addWidget(m_complianceChart, 3);
    complianceLayout->addWidget(m_complianceView, 2);
    auto* complianceProxy = numericSort(m_complianceModel, this);
    m_complianceView->setModel(complianceProxy);
    m_complianceView->setSortingEnabled(true);
    // Most tickets first, as the chart reads; a header click sorts by any column.
    m_complianceView->sortByColumn(client::ReportGroupTableModel::ResolvedColumn, Qt::DescendingOrder);

    auto* engineerProxy = numericSort(m_engineerModel, this);
    m_engineerView->setModel(engineerProxy);
    m_engineerView->setSortingEnabled(true);
    m_engineerView->sortByColumn(client::ReportGroupTableModel::ResolvedColumn, Qt::DescendingOrder);

    auto* timesPage = new QWidget(m_tabs);
    // One above the other, each the page's width: eight buckets need room for their names.
    auto* timesLayout = new QVBoxLayout(timesPage);
    timesLayout->addWidget(m_responseChart);
    timesLayout->addWidget(m_resolutionChart);

    auto* complaintsPage = new QWidget(m_tabs);
    auto* complaintsLayout = new QVBoxLayout(complaintsPage);
    complaintsLayout->addWidget(m_complaintsNote);
    complaintsLayout->addWidget(m_complaintView);
    m_complaintView->setModel(m_complaintModel);
    m_complaintView->setWordWrap(false);

    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->addTab(compliancePage, QString());
    m_tabs->addTab(m_engineerView, QString());
    m_tabs->addTab(timesPage, QString());
    m_tabs->addTab(m_satisfactionChart, QString());
    m_tabs->addTab(complaintsPage, QString());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_messages);
    layout->addLayout(headlines);
    layout->addWidget(m_emptyHint);
    layout->addWidget(m_tabs, 1);

    connect(m_period, &QComboBox::activated, this, [this] {
        const auto period = static_cast<Period>(m_period->currentData().toInt());
        if (period != Period::Custom) showPeriod(period);
        else m_from->setFocus();
    });
    // Editing a date makes the period the user's own.
    const auto datesEdited = [this] {
        m_period->setCurrentIndex(m_period->findData(static_cast<int>(Period::Custom)));
        reload();
    };
    connect(m_from, &QDateEdit::editingFinished, this, datesEdited);
    connect(m_to, &QDateEdit::editingFinished, this, datesEdited);
    connect(m_refresh, &QPushButton::clicked, this, &ServiceReportsView::reload);
    connect(m_export, &QPushButton::clicked, this, &ServiceReportsView::chooseExportFile);
    connect(m_dimension, &QComboBox::activated, this, &ServiceReportsView::showCompliance);
    connect(m_model, &client::ServiceReportModel::loaded, this, &ServiceReportsView::showReport);
    connect(m_model, &client::ServiceReportModel::loadFailed, this, [this](const client::ClientError& error) {
        m_messages->showMessage(MessageBar::Level::Error, error.userMessage());
    });

    // Administrators compare branches; a branch manager's own report is about people and work.
    setDimension(m_session.user().role() == protocol::ADMIN ? QStringLiteral("branch") : QStringLiteral("category"));
    const auto [from, to] = periodDates(Period::ThisMonth, chinaToday());
    m_from->setDate(from);
    m_to->setDate(to);
    retranslate();
}

QLabel* ServiceReportsView::headline(const QString& key) const {
    for (const auto& [name, label] : m_headlineValues) {
        if (name == key) return label;
    }
    return nullptr;
}

std::pair<QDate, QDate> ServiceReportsView::periodDates(Period period, const QDate& today) {
    const QDate monthStart(today.year(), today.month(), 1);
    const int quarterMonth = (today.month() - 1) / 3 * 3 + 1;
    const QDate quarterStart(today.year(), quarterMonth, 1);
    switch (period) {
    case Period::ThisMonth: return {monthStart, today};
    case Period::LastMonth: return {monthStart.addMonths(-1), monthStart.addDays(-1)};
    case Period::ThisQuarter: return {quarterStart, today};
    case Period::LastQuarter: return {quarterStart.addMonths(-3), quarterStart.addDays(-1)};
    case Period::ThisYear: return {QDate(today.year(), 1, 1), today};
    case Period::Last30Days: return {today.addDays(-29), today};
    case Period::Custom: break;
    }
    return {today, today};
}

void ServiceReportsView::showPeriod(Period period, const QDate& from, const QDate& to) {
    m_period->setCurrentIndex(m_period->findData(static_cast<int>(period)));
    const auto dates = period == Period::Custom ? std::make_pair(from, to) : periodDates(period, chinaToday());
    m_from->setDate(dates.first);
    m_to->setDate(dates.second);
    reload();
}

void ServiceReportsView::setDimension(const QString& dimension) {
    m_dimension->setCurrentIndex(std::max(0, m_dimension->findData(dimension)));
    showCompliance();
}

void ServiceReportsView::reload() {
    m_requested = true;
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    if (to < from) {
        m_messages->showMessage(MessageBar::Level::Warning, tr("The period ends before it starts; choose the dates again."));
        return;
    }
    m_messages->hideMessage();
    m_model->load(from, to, chosenBranch());
}

qint64 ServiceReportsView::chosenBranch() const {
    return m_branchCombo && m_branchCombo->currentIndex() >= 0 ? m_branchCombo->currentData().toLongLong() : 0;
}

QString ServiceReportsView::chosenBranchName() const {
    if (m_branchCombo) return chosenBranch() == 0 ? QString() : m_branchCombo->currentText();
    return QString::fromStdString(m_session.user().branch_name());
}

void ServiceReportsView::showReport() {
    const protocol::ServiceReportGroup total = m_model->total();
    const bool any = total.resolved() > 0;
    const auto setValue = [this](const QString& key, const QString& text) {
        if (QLabel* label = headline(key)) label->setText(text);
    };
    setValue(QStringLiteral("resolved"), QString::number(total.resolved()));
    setValue(QStringLiteral("sla"), ReportFigures::percent(ReportFigures::slaCompliance(total)));
    setValue(QStringLiteral("first_contact"), ReportFigures::percent(ReportFigures::firstContactRate(total)));
    setValue(QStringLiteral("response"), ReportFigures::percent(ReportFigures::quickResponseRate(total)));
    setValue(QStringLiteral("resolution"), ReportFigures::percent(ReportFigures::quickResolutionRate(total)));
    updateQuickCaptions();
    setValue(QStringLiteral("satisfaction"), ReportFigures::score(ReportFigures::averageSatisfaction(total)));
    setValue(QStringLiteral("complaints"), QString::number(m_model->report().complaints_total()));
    m_emptyHint->setVisible(!any);

    showCompliance();
    m_engineerModel->setGroups(m_model->groups(QStringLiteral("engineer")));
    m_responseChart->setChart(ReportCharts::timeDistribution(m_model->buckets(QStringLiteral("first_response")),
                                                             QStringLiteral("first_response")));
    m_resolutionChart->setChart(ReportCharts::timeDistribution(m_model->buckets(QStringLiteral("resolution")),
                                                               QStringLiteral("resolution")));
    m_satisfactionChart->setChart(ReportCharts::satisfaction(m_model->report()));
    const auto& complaints = m_model->report().complaints();
    m_complaintModel->setComplaints({complaints.begin(), complaints.end()});
    // The branch column matters only when the report spans branches.
    m_complaintView->setColumnHidden(client::ReportComplaintTableModel::BranchColumn, m_model->report().branch_id() != 0);
    const int total_complaints = m_model->report().complaints_total();
    m_complaintsNote->setText(total_complaints > complaints.size()
                                  ? tr("The newest %1 of %2 complaint cases.").arg(complaints.size()).arg(total_complaints)
                                  : tr("%n complaint case(s) opened in this period.", nullptr, total_complaints));
    m_export->setEnabled(true);
}

// The quick lines come with the report (the server's: 30 minutes, 16 working hours).
void ServiceReportsView::updateQuickCaptions() {
    const auto& report = m_model->report();
    const qint64 response = report.quick_response_seconds();
    const qint64 resolution = report.quick_resolution_seconds();
    for (const auto& [key, label] : m_headlineCaptions) {
        if (key == QLatin1String("response")) {
            label->setText(response > 0 ? tr("Answered within %1").arg(ReportFigures::bound(response)) : tr("Answered quickly"));
        }
        if (key == QLatin1String("resolution")) {
            label->setText(resolution > 0 ? tr("Resolved within %1").arg(ReportFigures::bound(resolution)) : tr("Resolved quickly"));
        }
    }
    m_complianceModel->setQuickLines(response, resolution);
    m_engineerModel->setQuickLines(response, resolution);
}

void ServiceReportsView::showCompliance() {
    const QString dimension = m_dimension->currentData().toString();
    const auto groups = m_model->groups(dimension);
    m_complianceModel->setGroups(groups);
    if (m_model->isLoaded()) m_complianceChart->setChart(ReportCharts::compliance(groups));
    m_complianceModel->setNameTitle(m_dimension->currentText());
}

bool ServiceReportsView::exportTo(const QString& path) {
    QString error;
    if (!client::ServiceReportWorkbook::write(path, m_model->report(), chosenBranchName(), &error)) {
        m_messages->showMessage(MessageBar::Level::Error, tr("The report was not exported: %1").arg(error));
        return false;
    }
    m_messages->showMessage(MessageBar::Level::Information, tr("The report is saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ServiceReportsView::chooseExportFile() {
    const QString suggested = QDir::home().filePath(client::ServiceReportWorkbook::suggestedFileName(m_model->report()));
    QString path = QFileDialog::getSaveFileName(this, tr("Export the report"), suggested, tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty()) return;
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) path += QLatin1String(".xlsx");
    exportTo(path);
}

void ServiceReportsView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    // Reports are read when looked at, not when the window is built.
    if (!m_requested) {
        if (m_branches) m_branches->refresh();
        reload();
    }
}

void ServiceReportsView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void ServiceReportsView::retranslate() {
    m_heading->setText(tr("Service reports"));
    m_periodLabel->setText(tr("Period"));
    const QStringList periods{tr("This month"), tr("Last month"), tr("This quarter"), tr("Last quarter"),
                              tr("This year"),  tr("Last 30 days"), tr("Dates of my choice")};
    for (int i = 0; i < m_period->count(); ++i) m_period->setItemText(i, periods.value(i));
    if (m_branchLabel) m_branchLabel->setText(tr("Branch"));
    if (m_branchCombo && m_branchCombo->count() > 0) m_branchCombo->setItemText(0, tr("All branches"));
    m_refresh->setText(tr("Refresh"));
    m_export->setText(tr("Export to Excel…"));
    const QMap<QString, QString> captions{{QStringLiteral("resolved"), tr("Tickets resolved")},
                                          {QStringLiteral("sla"), tr("SLA met")},
                                          {QStringLiteral("first_contact"), tr("First-contact resolution")},
                                          {QStringLiteral("response"), QString()},
                                          {QStringLiteral("resolution"), QString()},
                                          {QStringLiteral("satisfaction"), tr("Average score")},
                                          {QStringLiteral("complaints"), tr("Complaints")}};
    for (const auto& [key, label] : m_headlineCaptions) label->setText(captions.value(key));
    updateQuickCaptions();
    m_emptyHint->setText(tr("No tickets were resolved in this period. Choose a longer period, or another branch."));
    m_dimensionLabel->setText(tr("Group by"));
    const QMap<QString, QString> dimensions{{QStringLiteral("branch"), tr("Branch")},
                                            {QStringLiteral("engineer"), tr("Engineer")},
                                            {QStringLiteral("category"), tr("Category")},
                                            {QStringLiteral("grade"), tr("Customer grade")}};
    for (int i = 0; i < m_dimension->count(); ++i) m_dimension->setItemText(i, dimensions.value(m_dimension->itemData(i).toString()));
    m_engineerModel->setNameTitle(tr("Engineer"));
    m_complianceModel->setNameTitle(m_dimension->currentText());
    m_tabs->setTabText(0, tr("SLA compliance"));
    m_tabs->setTabText(1, tr("Engineer KPIs"));
    m_tabs->setTabText(2, tr("Time to respond and resolve"));
    m_tabs->setTabText(3, tr("Satisfaction"));
    m_tabs->setTabText(4, tr("Complaint list"));
    m_responseChart->setToolTip(tr("Working time from opening to the first answer, waiting for the customer left out."));
    m_resolutionChart->setToolTip(tr("Working time from opening to the resolution, waiting for the customer left out."));
    // Charts and names are drawn in the language they were built in: build them again.
    if (m_model->isLoaded()) showReport();
}

}  // namespace laoke::ui
