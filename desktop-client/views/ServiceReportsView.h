#pragma once
// The reports page (服务报表) of branch managers and administrators: a period (this month,
// last month, this quarter, last quarter, this year, the last 30 days or dates of one's
// choosing) and, for administrators, a branch or all; the period's headline figures; then
// SLA compliance by branch, engineer, category or grade as a chart and a table, the
// engineers' KPIs, the business-time distributions of first response and resolution, the
// callback scores over the period, and the complaint cases. 导出 Excel writes it all to one
// workbook.

#include <QDate>
#include <QList>
#include <QPair>
#include <QWidget>

#include <utility>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace laoke::client {
class BranchListModel;
class ReportComplaintTableModel;
class ReportGroupTableModel;
class ServiceReportModel;
class SessionModel;
}  // namespace laoke::client

namespace laoke::ui {

class MessageBar;

class ServiceReportsView : public QWidget {
    Q_OBJECT
public:
    enum class Period { ThisMonth, LastMonth, ThisQuarter, LastQuarter, ThisYear, Last30Days, Custom };
    Q_ENUM(Period)

    explicit ServiceReportsView(client::SessionModel& session, QWidget* parent = nullptr);

    client::ServiceReportModel& model() const { return *m_model; }
    client::ReportGroupTableModel& complianceTable() const { return *m_complianceModel; }
    client::ReportGroupTableModel& engineerTable() const { return *m_engineerModel; }
    client::ReportComplaintTableModel& complaintTable() const { return *m_complaintModel; }
    QTabWidget& tabs() const { return *m_tabs; }
    MessageBar& messages() const { return *m_messages; }
    QChartView& complianceChart() const { return *m_complianceChart; }
    QChartView& satisfactionChart() const { return *m_satisfactionChart; }
    /// The headline figure labels: resolved, sla, first_contact, response, resolution, satisfaction, complaints.
    QLabel* headline(const QString& key) const;

    /// The first and last day of a preset period around `today`.
    static std::pair<QDate, QDate> periodDates(Period period, const QDate& today);
    /// Chooses a period (Custom: from and to as given) and loads its report.
    void showPeriod(Period period, const QDate& from = {}, const QDate& to = {});
    /// Groups the compliance chart and table by "branch", "engineer", "category" or "grade".
    void setDimension(const QString& dimension);
    /// Writes the loaded report to `path` (.xlsx); false with the reason shown when it cannot.
    bool exportTo(const QString& path);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void reload();
    void showReport();
    void showCompliance();
    void updateQuickCaptions();
    void chooseExportFile();
    qint64 chosenBranch() const;
    QString chosenBranchName() const;

    client::SessionModel& m_session;
    client::ServiceReportModel* m_model;
    client::BranchListModel* m_branches = nullptr;
    client::ReportGroupTableModel* m_complianceModel;
    client::ReportGroupTableModel* m_engineerModel;
    client::ReportComplaintTableModel* m_complaintModel;
    QLabel* m_heading;
    QLabel* m_periodLabel;
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_branchLabel = nullptr;
    QComboBox* m_branchCombo = nullptr;
    QPushButton* m_refresh;
    QPushButton* m_export;
    MessageBar* m_messages;
    QList<QPair<QString, QLabel*>> m_headlineCaptions;
    QList<QPair<QString, QLabel*>> m_headlineValues;
    QLabel* m_emptyHint;
    QTabWidget* m_tabs;
    QLabel* m_dimensionLabel;
    QComboBox* m_dimension;
    QChartView* m_complianceChart;
    QTableView* m_complianceView;
    QTableView* m_engineerView;
    QChartView* m_responseChart;
    QChartView* m_resolutionChart;
    QChartView* m_satisfactionChart;
    QLabel* m_complaintsNote;
    QTableView* m_complaintView;
    bool m_requested = false;
};

}  // namespace laoke::ui
