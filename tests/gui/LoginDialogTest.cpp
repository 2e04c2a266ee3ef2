// The login dialog against a real laoke-server: wrong passwords, unknown and changed
// certificates, and a successful login after trusting the certificate.

#include "Connection.h"
#include "GuiTestSupport.h"
#include "InlineErrorLabel.h"
#include "LoginDialog.h"
#include "ScriptedPrompter.h"
#include "SessionModel.h"
#include "TrustStore.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace laoke;

class LoginDialogTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void wrongPasswordShowsErrorInlineAndStaysOpen();
    void unknownCertificateAsksAndTrustingLogsIn();
    void declinedCertificateDoesNotPin();
    void changedCertificateIsRefusedWithWarning();
    void emptyPasswordIsCaughtBeforeConnecting();

private:
    void fillAndSubmit(const QString& username, const QString& password);
    QString errorText() const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::DemoServer> m_server;
    std::unique_ptr<client::Connection> m_connection;
    std::unique_ptr<client::SessionModel> m_session;
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<ui::LoginDialog> m_dialog;
};

void LoginDialogTest::initTestCase() {
    test::setUpGuiTest(m_settingsDir);
    try {
        m_server = std::make_unique<test::DemoServer>();
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
}

void LoginDialogTest::init() {
    client::TrustStore().forget(m_server->address());
    m_prompter = test::ScriptedPrompter();
    m_connection = std::make_unique<client::Connection>();
    m_session = std::make_unique<client::SessionModel>(*m_connection);
    m_dialog = std::make_unique<ui::LoginDialog>(*m_session, m_prompter);
    m_dialog->setServer(m_server->address().toString());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void LoginDialogTest::cleanup() {
    m_dialog.reset();
    m_session.reset();
    m_connection.reset();
}

void LoginDialogTest::fillAndSubmit(const QString& username, const QString& password) {
    auto* user = m_dialog->findChild<QLineEdit*>(QStringLiteral("usernameEdit"));
    auto* pass = m_dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    auto* button = m_dialog->findChild<QPushButton*>(QStringLiteral("loginButton"));
    QVERIFY(user && pass && button);
    user->setText(username);
    pass->setText(password);
    QTest::mouseClick(button, Qt::LeftButton);
}

QString LoginDialogTest::errorText() const {
    auto* label = m_dialog->findChild<ui::InlineErrorLabel*>(QStringLiteral("errorLabel"));
    return label && label->isVisible() ? label->text() : QString();
}

void LoginDialogTest::wrongPasswordShowsErrorInlineAndStaysOpen() {
    client::TrustStore().pin(m_server->address(), m_server->fingerprint());
    fillAndSubmit(QStringLiteral("admin"), QStringLiteral("not-the-password"));
    QVERIFY(m_dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 20000);
    QCOMPARE(errorText(), QStringLiteral("Wrong user name or password."));
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(!m_session->isLoggedIn());
    QVERIFY(m_prompter.trustQuestions.isEmpty());
}

void LoginDialogTest::unknownCertificateAsksAndTrustingLogsIn() {
    m_prompter.trustAnswer = true;
    fillAndSubmit(QStringLiteral("admin"), QString::fromLatin1(test::kDemoPassword));
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), 20000);
    QCOMPARE(m_prompter.trustQuestions.size(), 1);
    QCOMPARE(m_prompter.trustQuestions.first().fingerprint, m_server->fingerprint());
    QCOMPARE(m_prompter.trustQuestions.first().server, m_server->address().toString());
    QCOMPARE(client::TrustStore().pinnedFingerprint(m_server->address()).value_or(QString()), m_server->fingerprint());
    QVERIFY(m_session->isLoggedIn());
    QCOMPARE(QString::fromStdString(m_session->user().username()), QStringLiteral("admin"));
}

void LoginDialogTest::declinedCertificateDoesNotPin() {
    m_prompter.trustAnswer = false;
    fillAndSubmit(QStringLiteral("admin"), QString::fromLatin1(test::kDemoPassword));
    QTRY_COMPARE_WITH_TIMEOUT(m_prompter.trustQuestions.size(), 1, 20000);
    QTRY_VERIFY(!m_dialog->isBusy());
    QVERIFY(errorText().contains(QStringLiteral("not trusted")));
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!client::TrustStore().pinnedFingerprint(m_server->address()));
    QVERIFY(!m_session->isLoggedIn());
}

void LoginDialogTest::changedCertificateIsRefusedWithWarning() {
    const QString otherFingerprint = QStringLiteral("AB:").repeated(31) + QStringLiteral("AB");
    client::TrustStore().pin(m_server->address(), otherFingerprint);
    fillAndSubmit(QStringLiteral("admin"), QString::fromLatin1(test::kDemoPassword));
    QTRY_COMPARE_WITH_TIMEOUT(m_prompter.changedWarnings.size(), 1, 20000);
    QCOMPARE(m_prompter.changedWarnings.first().fingerprint, m_server->fingerprint());
    QCOMPARE(m_prompter.changedWarnings.first().pinnedFingerprint, otherFingerprint);
    QVERIFY(m_prompter.trustQuestions.isEmpty());
    QVERIFY(!m_dialog->isBusy());
    QVERIFY(errorText().contains(QStringLiteral("differs from the trusted one")));
    QCOMPARE(client::TrustStore().pinnedFingerprint(m_server->address()).value_or(QString()), otherFingerprint);
    QVERIFY(!m_session->isLoggedIn());
}

void LoginDialogTest::emptyPasswordIsCaughtBeforeConnecting() {
    fillAndSubmit(QStringLiteral("admin"), QString());
    QVERIFY(!m_dialog->isBusy());
    QCOMPARE(errorText(), QStringLiteral("Enter your password."));
    QCOMPARE(m_connection->state(), client::Connection::State::Disconnected);
}

QTEST_MAIN(LoginDialogTest)
#include "LoginDialogTest.moc"
