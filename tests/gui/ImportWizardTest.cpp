// The import wizard and the export dialog against a real laoke-server: the LibreOffice
// workbook goes through every step (file, mapping, preview with the server's dry run,
// import, result), bad rows block an all-or-nothing import and give an error report when
// skipped, and the export writes the list (and leaves nothing behind when cancelled).

#include "Connection.h"
#include "CustomerExportDialog.h"
#include "CustomerTestData.h"
#include "GuiTestSupport.h"
#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportPreviewModel.h"
#include "ImportPreviewPage.h"
#include "ImportResultPage.h"
#include "ImportWizard.h"
#include "LanguageManager.h"
#include "ServerProcess.h"
#include "SessionModel.h"
#include "TestDatabase.h"
#include "TrustStore.h"
#include "XlsxReader.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QRadioButton>
#include <QTest>

#include <memory>

using namespace laoke;
using ui::ImportWizard;

namespace {

QString dataFile(const char* name)
{
    return QStringLiteral(LAOKE_TEST_DATA_DIR "/") + QString::fromLatin1(name);
}

}  // namespace

class ImportWizardTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void workbookGoesThroughEveryStep();
    void badRowsBlockAllOrNothingAndSkippingGivesAReport();
    void mappingNeedsTheCustomerName();
    void exportWritesTheFilteredList();
    void cancelledExportLeavesNoFile();
    void chineseWizardShowsTranslatedSteps();

private:
    bool logIn(client::SessionModel& session, const QString& username);
    QStringList customerNames();
    /// Goes from the file page to the preview and waits for the server's dry run.
    void openPreview(ImportWizard& wizard, const QString& file);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_files;
    std::unique_ptr<test::TestDatabase> m_database;
    std::unique_ptr<test::ServerProcess> m_server;
    client::Connection m_adminConnection;
    client::Connection m_connection;
    std::unique_ptr<client::SessionModel> m_admin;
    std::unique_ptr<client::SessionModel> m_session;
};

void ImportWizardTest::initTestCase()
{
    test::setUpGuiTest(m_settingsDir);
    try {
        // Demo accounts without generated customers: the counts below are the imports' own.
        m_database = std::make_unique<test::TestDatabase>();
        m_server = std::make_unique<test::ServerProcess>(
            test::ServerOptions{m_database->url(), {}, true, {"--demo-customers", "0"}});
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    m_admin = std::make_unique<client::SessionModel>(m_adminConnection);
    m_session = std::make_unique<client::SessionModel>(m_connection);
    QVERIFY(logIn(*m_admin, QStringLiteral("admin")));
    QVERIFY(logIn(*m_session, QStringLiteral("account")));  // 李婷, account manager of 北京分公司
    try {
        // The versions the fixture files name; the catalogue ships lines and modules only.
        test::addVersion(m_adminConnection, "u8plus", "13.0", QDate(2018, 6, 21));
        test::addVersion(m_adminConnection, "u8plus", "16.1", QDate(2022, 9, 22));
        test::addVersion(m_adminConnection, "tplus", "17.0", QDate(2022, 6, 16));
        test::addVersion(m_adminConnection, "kis_professional", "V15.1", QDate(2021, 11, 25));
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
}

void ImportWizardTest::cleanupTestCase()
{
    m_session.reset();
    m_admin.reset();
    m_server.reset();
    m_database.reset();
}

bool ImportWizardTest::logIn(client::SessionModel& session, const QString& username)
{
    const client::ServerAddress address{QString::fromStdString(m_server->host()), m_server->port()};
    client::TrustStore().pin(address, QString::fromStdString(m_server->fingerprint()));
    bool done = false;
    bool ok = false;
    QObject guard;
    connect(&session, &client::SessionModel::loginSucceeded, &guard, [&] { done = ok = true; });
    connect(&session, &client::SessionModel::loginFailed, &guard, [&] { done = true; });
    session.logIn(address, username, QString::fromLatin1(test::kDemoPassword));
    return QTest::qWaitFor([&] { return done; }, 20000) && ok;
}

QStringList ImportWizardTest::customerNames()
{
    protocol::Envelope request;
    request.mutable_search_customers()->set_page_size(500);
    const protocol::Envelope reply = test::expectOk(m_connection, std::move(request), "search_customers");
    QStringList names;
    for (const auto& row : reply.search_customers_reply().rows()) names << QString::fromStdString(row.name());
    names.sort();
    return names;
}

void ImportWizardTest::openPreview(ImportWizard& wizard, const QString& file)
{
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.setFilePath(file);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.previewPage()->isChecked(), 20000);
}

void ImportWizardTest::workbookGoesThroughEveryStep()
{
    ImportWizard wizard(m_connection);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    // A file that is not a spreadsheet stays on the first page with the reason.
    wizard.setFilePath(m_files.filePath(QStringLiteral("客户.xls")));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
    QVERIFY(!wizard.findChild<QLabel*>(QStringLiteral("fileError"))->text().isEmpty());

    wizard.setFilePath(dataFile("customers-libreoffice.xlsx"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    // The Chinese headers were recognised: 客户名称, 联系人, 服务到期日.
    QCOMPARE(wizard.mappingPage()->comboForColumn(0)->currentData().toInt(), int(client::io::ImportField::CustomerName));
    QCOMPARE(wizard.mappingPage()->comboForColumn(12)->currentData().toInt(), int(client::io::ImportField::ContactName));
    QCOMPARE(wizard.mappingPage()->comboForColumn(24)->currentData().toInt(), int(client::io::ImportField::ServiceEndOn));

    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.previewPage()->isChecked(), 20000);
    const ui::ImportPreviewModel& model = wizard.previewPage()->model();
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.problemCount(), 0);
    QCOMPARE(model.index(0, ui::ImportPreviewModel::NameColumn).data().toString(), QStringLiteral("广州鑫达精密机械有限公司"));
    QCOMPARE(model.index(0, ui::ImportPreviewModel::RowsColumn).data().toString(), QStringLiteral("2–4"));
    QCOMPARE(model.index(0, ui::ImportPreviewModel::ContactsColumn).data().toInt(), 3);
    QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("New: 5")));
    QVERIFY(customerNames().isEmpty());  // the preview changed nothing

    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ResultPage), 20000);
    QVERIFY2(wizard.resultPage()->summary().contains(QStringLiteral("5 created")),
             qPrintable(wizard.resultPage()->summary()));
    QVERIFY(wizard.changedCustomers());
    QCOMPARE(customerNames().size(), 5);
}

void ImportWizardTest::badRowsBlockAllOrNothingAndSkippingGivesAReport()
{
    ImportWizard wizard(m_connection);
    openPreview(wizard, dataFile("customers-bad-rows.csv"));
    const ui::ImportPreviewModel& model = wizard.previewPage()->model();
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.problemCount(), 4);
    QVERIFY(model.index(2, ui::ImportPreviewModel::CheckColumn).data().toString().contains(QStringLiteral("宇宙业")));
    QVERIFY(model.index(0, ui::ImportPreviewModel::CheckColumn, {}).data(Qt::BackgroundRole).isNull());
    QVERIFY(!model.index(1, ui::ImportPreviewModel::CheckColumn).data(Qt::BackgroundRole).isNull());

    // All or nothing (the default) cannot go on with bad rows.
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    wizard.findChild<QRadioButton*>(QStringLiteral("skipBadRowsRadio"))->click();
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());

    const QStringList before = customerNames();
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ResultPage), 20000);
    QVERIFY2(wizard.resultPage()->summary().contains(QStringLiteral("2 created")),
             qPrintable(wizard.resultPage()->summary()));
    QVERIFY2(wizard.resultPage()->summary().contains(QStringLiteral("4 rejected")),
             qPrintable(wizard.resultPage()->summary()));
    QCOMPARE(customerNames().size(), before.size() + 2);
    QCOMPARE(wizard.resultPage()->lines().size(), 4);

    const QString report = m_files.filePath(QStringLiteral("导入错误报告.xlsx"));
    QString error;
    QVERIFY2(wizard.resultPage()->saveErrorReport(report, &error), qPrintable(error));
    const auto sheet = client::io::XlsxReader::readFile(report);
    QVERIFY(sheet.ok);
    QCOMPARE(sheet.rows.size(), 5);
    QCOMPARE(sheet.rows[1].value(0), QStringLiteral("3"));
    QCOMPARE(sheet.rows[1].value(3), QStringLiteral("无锡永鑫精细化工有限公司"));
}

void ImportWizardTest::mappingNeedsTheCustomerName()
{
    const QString file = m_files.filePath(QStringLiteral("contacts.csv"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("公司,联系人,手机\n厦门安泰贸易有限公司,陈明,13906001234\n");
    out.close();

    ImportWizard wizard(m_connection);
    wizard.show();
    wizard.setFilePath(file);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    QComboBox* first = wizard.mappingPage()->comboForColumn(0);
    QCOMPARE(first->currentData().toInt(), int(client::io::ImportField::CustomerName));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

    const int ignore = first->findData(int(client::io::ImportField::Ignore));
    first->setCurrentIndex(ignore);
    emit first->activated(ignore);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!wizard.findChild<QLabel*>(QStringLiteral("mappingProblem"))->text().isEmpty());

    // Choosing the name for the contact column moves it there, taking it from nowhere else.
    QComboBox* second = wizard.mappingPage()->comboForColumn(1);
    const int name = second->findData(int(client::io::ImportField::CustomerName));
    second->setCurrentIndex(name);
    emit second->activated(name);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(first->currentData().toInt(), int(client::io::ImportField::Ignore));
}

void ImportWizardTest::exportWritesTheFilteredList()
{
    QVERIFY(!customerNames().isEmpty());
    const QString all = m_files.filePath(QStringLiteral("客户.xlsx"));
    ui::CustomerExportDialog dialog(m_connection, protocol::CustomerFilter(), protocol::SORT_BY_NAME, false);
    dialog.show();
    dialog.setFilePath(all);
    dialog.startExport();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isExporting(), 20000);
    QCOMPARE(dialog.rowsWritten(), customerNames().size());
    const auto sheet = client::io::XlsxReader::readFile(all);
    QVERIFY(sheet.ok);
    QCOMPARE(sheet.rows.size(), customerNames().size() + 1);

    protocol::CustomerFilter dormant;
    dormant.add_statuses("dormant");
    const QString csv = m_files.filePath(QStringLiteral("dormant.csv"));
    ui::CustomerExportDialog filtered(m_connection, dormant, protocol::SORT_BY_NAME, true);
    filtered.setFilePath(csv);
    filtered.startExport();
    QTRY_VERIFY_WITH_TIMEOUT(!filtered.isExporting(), 20000);
    QCOMPARE(filtered.rowsWritten(), 1);
    QVERIFY(filtered.statusText().contains(csv));
}

void ImportWizardTest::cancelledExportLeavesNoFile()
{
    const QString path = m_files.filePath(QStringLiteral("cancelled.xlsx"));
    ui::CustomerExportDialog dialog(m_connection, protocol::CustomerFilter(), protocol::SORT_BY_NAME, false);
    dialog.show();
    dialog.setFilePath(path);
    dialog.startExport();
    QVERIFY(dialog.isExporting());
    dialog.findChild<QAbstractButton*>(QStringLiteral("cancelButton"))->click();  // while the first page is on its way
    QVERIFY(dialog.isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isExporting(), 20000);
    QVERIFY(!QFile::exists(path));
    QVERIFY(dialog.statusText().contains(QStringLiteral("cancelled")));
}

void ImportWizardTest::chineseWizardShowsTranslatedSteps()
{
    ui::LanguageManager language;
    QVERIFY(language.apply(ui::LanguageManager::kChinese));
    {
        ImportWizard wizard(m_connection);
        openPreview(wizard, dataFile("customers-gbk.csv"));
        QCOMPARE(wizard.windowTitle(), QStringLiteral("导入客户"));
        QCOMPARE(wizard.previewPage()->title(), QStringLiteral("检查数据"));
        QCOMPARE(wizard.mappingPage()->comboForColumn(0)->currentText(), QStringLiteral("客户名称"));
        QCOMPARE(wizard.mappingPage()->comboForColumn(4)->currentText(), QStringLiteral("客户经理"));
        // Imported once by neither test before: these three are new to the server.
        const QString summary = wizard.findChild<QLabel*>(QStringLiteral("summaryLabel"))->text();
        QVERIFY2(summary.contains(QStringLiteral("新客户：3 个")), qPrintable(summary));
        // For a person to look at: LAOKE_SCREENSHOT_DIR keeps the picture.
        const QString dir = qEnvironmentVariable("LAOKE_SCREENSHOT_DIR", m_files.path());
        QVERIFY(wizard.grab().save(dir + QStringLiteral("/import-preview-zh_CN.png")));
        wizard.back();
        QVERIFY(wizard.grab().save(dir + QStringLiteral("/import-mapping-zh_CN.png")));
    }
    {
        // The bad rows again: two of them went in earlier and are duplicates now.
        ImportWizard wizard(m_connection);
        openPreview(wizard, dataFile("customers-bad-rows.csv"));
        const ui::ImportPreviewModel& model = wizard.previewPage()->model();
        QCOMPARE(model.index(0, ui::ImportPreviewModel::CheckColumn).data().toString(), QStringLiteral("已存在：将跳过"));
        QVERIFY(model.index(1, ui::ImportPreviewModel::CheckColumn).data().toString().contains(QStringLiteral("统一社会信用代码")));
        const QString dir = qEnvironmentVariable("LAOKE_SCREENSHOT_DIR", m_files.path());
        QVERIFY(wizard.grab().save(dir + QStringLiteral("/import-problems-zh_CN.png")));
    }
    QVERIFY(language.apply(ui::LanguageManager::kEnglish));
}

QTEST_MAIN(ImportWizardTest)
#include "ImportWizardTest.moc"
