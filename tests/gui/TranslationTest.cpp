// The Chinese translation compiled into laoke-desktop: key strings of every screen are
// translated, role names read as in Chinese business software, and switching the language
// at run time retranslates an open screen.

#include "ClientError.h"
#include "Connection.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "RoleNames.h"
#include "ScriptedPrompter.h"
#include "SessionModel.h"
#include "SettingsDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace laoke;

class TranslationTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void keyStringsAreTranslated_data();
    void keyStringsAreTranslated();
    void roleNamesFollowTheLanguage();
    void theServersReasonsAreSaidInTheUsersLanguage();
    void switchingInSettingsRetranslatesTheOpenWindow();

private:
    QTemporaryDir m_settingsDir;
    QTranslator m_chinese;
};

void TranslationTest::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("Laoke"));
    QCoreApplication::setApplicationName(QStringLiteral("laoke"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY(m_chinese.load(QStringLiteral(":/i18n/laoke_zh_CN.qm")));
    QVERIFY(QTranslator().load(QStringLiteral(":/i18n/laoke_en.qm")));
}

void TranslationTest::keyStringsAreTranslated_data() {
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char* context, const char* source, const char* expected) {
        QTest::newRow(source) << QString::fromUtf8(context) << QString::fromUtf8(source) << QString::fromUtf8(expected);
    };
    row("laoke::ui::LoginDialog", "Log in", "登录");
    row("laoke::ui::LoginDialog", "User name", "用户名");
    row("laoke::ui::LoginDialog", "Password", "密码");
    row("laoke::ui::LoginDialog", "Server address", "服务器地址");
    row("laoke::ui::LoginDialog", "Remember this server", "记住服务器");
    row("laoke::ui::TrustCertificateDialog", "Trust and connect", "信任并连接");
    row("laoke::ui::TrustCertificateDialog", "Certificate fingerprint (SHA-256)", "证书指纹（SHA-256）");
    row("laoke::ui::MainWindow", "Users", "用户管理");
    row("laoke::ui::MainWindow", "Branches", "分公司管理");
    row("laoke::ui::MainWindow", "Connection lost, reconnecting…", "连接已断开，正在重新连接…");
    row("laoke::ui::UserAdminView", "Disable", "停用");
    row("laoke::ui::UserAdminView", "Enable", "启用");
    row("laoke::ui::UserAdminView", "Reset password…", "重置密码…");
    row("laoke::ui::ChangePasswordDialog", "Change password", "修改密码");
    row("laoke::client::UserListModel", "Branch", "分公司");
    row("ClientError", "Wrong user name or password.", "用户名或密码错误。");
}

void TranslationTest::keyStringsAreTranslated() {
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QCOMPARE(m_chinese.translate(context.toUtf8(), source.toUtf8()), expected);
}

void TranslationTest::roleNamesFollowTheLanguage() {
    ui::LanguageManager language;
    QVERIFY(language.apply(ui::LanguageManager::kChinese));
    QCOMPARE(language.activeLanguage(), ui::LanguageManager::kChinese);
    QCOMPARE(client::RoleNames::displayName(protocol::ADMIN), QStringLiteral("管理员"));
    QCOMPARE(client::RoleNames::displayName(protocol::BRANCH_MANAGER), QStringLiteral("分公司经理"));
    QCOMPARE(client::RoleNames::displayName(protocol::ACCOUNT_MANAGER), QStringLiteral("客户经理"));
    QCOMPARE(client::RoleNames::displayName(protocol::ENGINEER), QStringLiteral("服务工程师"));
    QVERIFY(language.apply(ui::LanguageManager::kEnglish));
    QCOMPARE(client::RoleNames::displayName(protocol::ENGINEER), QStringLiteral("Service engineer"));
}

void TranslationTest::theServersReasonsAreSaidInTheUsersLanguage() {
    const auto refusal = [](protocol::ErrorCode code, const char* detail, const char* field) {
        client::ClientError error;
        error.kind = client::ClientError::Kind::Server;
        error.code = code;
        error.detail = QString::fromUtf8(detail);
        error.field = QString::fromUtf8(field);
        return error.userMessage();
    };
    ui::LanguageManager language;
    QVERIFY(language.apply(ui::LanguageManager::kChinese));
    QCOMPARE(refusal(protocol::VALIDATION_FAILED, "write down the solution", "note"), QStringLiteral("请写下解决方案。"));
    QCOMPARE(refusal(protocol::VALIDATION_FAILED, "the assignee must work for the ticket's branch", "assignee_id"),
             QStringLiteral("只能派给本工单所属分公司的人员。"));
    QCOMPARE(refusal(protocol::FORBIDDEN, "only a branch manager moves a ticket someone is already assigned to", "action"),
             QStringLiteral("工单已派给他人，只有分公司经理可以改派。"));
    QCOMPARE(refusal(protocol::VALIDATION_FAILED, "a in_progress ticket cannot be given the action close", "action"),
             QStringLiteral("工单当前的状态不允许这样操作，请重新查看工单。"));
    QCOMPARE(refusal(protocol::CONFLICT, "the ticket was changed by 王建国 since you opened it", ""),
             QStringLiteral("王建国在您打开后修改了这张工单。"));
    // A sentence the client does not know falls back to its error code's message.
    QCOMPARE(refusal(protocol::FORBIDDEN, "something new the server says", "action"), QStringLiteral("您没有执行此操作的权限。"));
    QVERIFY(language.apply(ui::LanguageManager::kEnglish));
    QCOMPARE(refusal(protocol::VALIDATION_FAILED, "write down the solution", "note"), QStringLiteral("Write down the solution."));
}

void TranslationTest::switchingInSettingsRetranslatesTheOpenWindow() {
    ui::LanguageManager language;
    QVERIFY(language.apply(ui::LanguageManager::kChinese));
    client::Connection connection;
    client::SessionModel session(connection);
    test::ScriptedPrompter prompter;
    ui::MainWindow window(session, prompter, language);
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
    QTRY_COMPARE(navigation->item(0)->text(), QStringLiteral("我的账户"));
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));

    ui::SettingsDialog settings(language, &window);
    auto* combo = settings.findChild<QComboBox*>(QStringLiteral("languageCombo"));
    combo->setCurrentIndex(combo->findData(ui::LanguageManager::kEnglish));
    QCOMPARE(language.activeLanguage(), ui::LanguageManager::kEnglish);
    QCOMPARE(language.savedChoice(), ui::LanguageManager::kEnglish);
    // Qt posts LanguageChange to the windows, so the texts change once events are processed.
    QTRY_COMPARE(navigation->item(0)->text(), QStringLiteral("My account"));
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QCOMPARE(settings.windowTitle(), QStringLiteral("Settings"));
}

QTEST_MAIN(TranslationTest)
#include "TranslationTest.moc"
