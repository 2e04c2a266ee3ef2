// The settings dialog without a server: the pinned servers are listed with their
// fingerprints, and "Forget" removes exactly the selected one from the trust store.

#include "GuiTestSupport.h"
#include "LanguageManager.h"
#include "SettingsDialog.h"
#include "TrustStore.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace laoke;

class SettingsDialogTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void forgetRemovesOnlyTheSelectedServer();
    void clearingTheCaFileReturnsToPinning();

private:
    QTemporaryDir m_settingsDir;
    ui::LanguageManager m_language;
};

void SettingsDialogTest::initTestCase() {
    test::setUpGuiTest(m_settingsDir);
}

void SettingsDialogTest::forgetRemovesOnlyTheSelectedServer() {
    const client::ServerAddress first{QStringLiteral("crm.example.com"), 7443};
    const client::ServerAddress second{QStringLiteral("10.0.0.5"), 8443};
    const QString fingerprintA = QStringLiteral("AA:").repeated(31) + QStringLiteral("AA");
    const QString fingerprintB = QStringLiteral("BB:").repeated(31) + QStringLiteral("BB");
    client::TrustStore().pin(first, fingerprintA);
    client::TrustStore().pin(second, fingerprintB);

    ui::SettingsDialog dialog(m_language);
    dialog.setCurrentTab(ui::SettingsDialog::SecurityTab);
    dialog.show();
    auto* list = dialog.findChild<QTreeWidget*>(QStringLiteral("trustedServersList"));
    auto* forget = dialog.findChild<QPushButton*>(QStringLiteral("forgetButton"));
    QCOMPARE(list->topLevelItemCount(), 2);
    QVERIFY(!forget->isEnabled());
    const QList<QTreeWidgetItem*> found = list->findItems(QStringLiteral("10.0.0.5:8443"), Qt::MatchExactly, 0);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first()->text(1), fingerprintB);

    list->setCurrentItem(found.first());
    QVERIFY(forget->isEnabled());
    QTest::mouseClick(forget, Qt::LeftButton);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("crm.example.com:7443"));
    QVERIFY(!client::TrustStore().pinnedFingerprint(second));
    QCOMPARE(client::TrustStore().pinnedFingerprint(first).value_or(QString()), fingerprintA);
}

void SettingsDialogTest::clearingTheCaFileReturnsToPinning() {
    client::TrustStore().setCaFile(QStringLiteral("/etc/laoke/ca.pem"));
    ui::SettingsDialog dialog(m_language);
    auto* caFile = dialog.findChild<QLineEdit*>(QStringLiteral("caFileEdit"));
    QCOMPARE(caFile->text(), QStringLiteral("/etc/laoke/ca.pem"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("clearCaButton")), Qt::LeftButton);
    QVERIFY(caFile->text().isEmpty());
    QVERIFY(client::TrustStore().caFile().isEmpty());
}

QTEST_MAIN(SettingsDialogTest)
#include "SettingsDialogTest.moc"
