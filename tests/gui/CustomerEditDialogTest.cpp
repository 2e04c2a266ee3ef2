// The customer edit dialogs against a real laoke-server: inline validation while typing
// (each touched field says what is wrong, Save stays disabled until the record is valid),
// an amount typed in yuan arriving as fen, the server's refusals under the field concerned,
// and a concurrent edit: who changed the record, which fields differ, reload or keep
// editing.

#include "BranchListModel.h"
#include "ConflictPanel.h"
#include "Connection.h"
#include "ContactEditDialog.h"
#include "ContractEditDialog.h"
#include "Customer360Model.h"
#include "CustomerContext.h"
#include "CustomerEditDialog.h"
#include "CustomerTestData.h"
#include "DateField.h"
#include "GuiTestSupport.h"
#include "InstalledProductEditDialog.h"
#include "LanguageManager.h"
#include "OwnerChoices.h"
#include "ProductCatalogue.h"
#include "SampleCustomer.h"
#include "ScriptedPrompter.h"
#include "SessionModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace laoke;

namespace {

struct Context {
    explicit Context(client::SessionModel& session)
        : catalogue(session.connection()), branches(session.connection()), owners(session),
          context{session, prompter, catalogue, branches, owners} {}
    test::ScriptedPrompter prompter;
    client::ProductCatalogue catalogue;
    client::BranchListModel branches;
    client::OwnerChoices owners;
    ui::CustomerContext context;
};

void typeInto(QWidget* dialog, const char* objectName, const QString& text) {
    auto* edit = dialog->findChild<QLineEdit*>(QString::fromLatin1(objectName));
    QVERIFY2(edit, objectName);
    edit->selectAll();
    test::typeText(edit, text);
    if (text.isEmpty()) QTest::keyClick(edit, Qt::Key_Backspace);
}

void typeDate(QWidget* dialog, const char* objectName, const QString& text) {
    auto* field = dialog->findChild<ui::DateField*>(QString::fromLatin1(objectName));
    QVERIFY2(field, objectName);
    field->lineEdit()->selectAll();
    test::typeText(field->lineEdit(), text);
    if (text.isEmpty()) QTest::keyClick(field->lineEdit(), Qt::Key_Backspace);
}

}  // namespace

class CustomerEditDialogTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void contactFieldsAreCheckedWhileTyping();
    void contractAmountIsTypedInYuanAndSentInFen();
    void contractDatesMustBeInOrder();
    void installedProductIsPickedFromTheCatalogue();
    void customerRulesAndTheServersRefusal();
    void coordinatesPastedFromAMapAreSavedLatitudeFirst();
    void concurrentEditShowsWhoChangedWhatAndReloads();
    void keepEditingSavesOverTheOtherChange();
    void contactConflictNamesWhoChangedIt();

private:
    std::unique_ptr<client::Customer360Model> loadedModel(qint64 customerId);

    QTemporaryDir m_settingsDir;
    ui::LanguageManager m_language;
    std::unique_ptr<test::DemoServer> m_server;
    std::unique_ptr<client::Connection> m_connection;
    std::unique_ptr<client::SessionModel> m_session;
    std::unique_ptr<Context> m_context;
    test::SampleCustomer m_sample;
    qint64 m_branchId = 0;
};

void CustomerEditDialogTest::initTestCase() {
    test::setUpGuiTest(m_settingsDir);
    // English as a user who chose it sees it (plural forms come from the translation).
    QVERIFY(m_language.apply(ui::LanguageManager::kEnglish));
    try {
        m_server = std::make_unique<test::DemoServer>();
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    m_connection = std::make_unique<client::Connection>();
    m_session = std::make_unique<client::SessionModel>(*m_connection);
    QVERIFY(test::logIn(*m_session, *m_server, QStringLiteral("admin")));
    m_context = std::make_unique<Context>(*m_session);
    m_context->branches.refresh();
    m_context->owners.refresh();
    m_context->catalogue.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m_context->branches.rowCount() > 0 && m_context->catalogue.isLoaded(), 20000);
    m_branchId = test::branchIdByCode(*m_connection, "BJ");
    m_sample = test::createSampleCustomer(*m_connection, *m_connection, m_branchId,
                                          test::userIdByName(*m_connection, "account"), 2);
}

std::unique_ptr<client::Customer360Model> CustomerEditDialogTest::loadedModel(qint64 customerId) {
    auto model = std::make_unique<client::Customer360Model>(*m_connection);
    model->load(customerId);
    if (!QTest::qWaitFor([&model] { return model->isLoaded(); }, 20000)) return nullptr;
    return model;
}

void CustomerEditDialogTest::contactFieldsAreCheckedWhileTyping() {
    auto model = loadedModel(m_sample.customer.id());
    QVERIFY(model);
    ui::ContactEditDialog dialog(*model, protocol::Contact());
    dialog.show();
    auto* ok = dialog.findChild<QPushButton*>(QStringLiteral("okButton"));

    // Nothing typed yet: no red text, but nothing to save either.
    QVERIFY(dialog.fieldError(QStringLiteral("name")).isEmpty());
    QVERIFY(!ok->isEnabled());

    // A mobile number that is too short is reported at once, although the name is missing
    // too (each field is checked on its own).
    typeInto(&dialog, "mobileEdit", QStringLiteral("1381234"));
    QCOMPARE(dialog.fieldError(QStringLiteral("mobile")),
             QStringLiteral("A mobile number has 11 digits and starts with 13 to 19, e.g. 13812345678."));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("mobileError"))->isVisible());
    QVERIFY(dialog.fieldError(QStringLiteral("name")).isEmpty());
    QVERIFY(!ok->isEnabled());

    typeInto(&dialog, "mobileEdit", QStringLiteral("138 1234 5678"));  // spaces as pasted
    QVERIFY(dialog.fieldError(QStringLiteral("mobile")).isEmpty());
    typeInto(&dialog, "emailEdit", QStringLiteral("zhao.min@"));
    QCOMPARE(dialog.fieldError(QStringLiteral("email")),
             QStringLiteral("Enter an e-mail address such as wang.fang@example.com."));
    typeDate(&dialog, "leftOnField", QStringLiteral("2025-02-30"));
    QCOMPARE(dialog.fieldError(QStringLiteral("left_on")),
             QStringLiteral("Write the date as YYYY-MM-DD, e.g. 2025-06-30, or leave it empty."));
    QVERIFY(!ok->isEnabled());

    typeInto(&dialog, "emailEdit", QStringLiteral("zhao.min@hengda-jx.cn"));
    typeDate(&dialog, "leftOnField", QString());
    typeInto(&dialog, "nameEdit", QStringLiteral("赵敏"));
    QVERIFY(dialog.fieldError(QStringLiteral("email")).isEmpty());
    QVERIFY(ok->isEnabled());

    // Saved for real: the contact is in the customer's view, with the number as digits only.
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 20000);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    bool found = false;
    const protocol::Customer360 view = test::getCustomer(*m_connection, m_sample.customer.id());
    for (const auto& contact : view.contacts()) {
        if (contact.name() != "赵敏") continue;
        found = true;
        QCOMPARE(contact.mobile(), std::string("13812345678"));
        QCOMPARE(contact.email(), std::string("zhao.min@hengda-jx.cn"));
    }
    QVERIFY(found);
}

void CustomerEditDialogTest::contractAmountIsTypedInYuanAndSentInFen() {
    auto model = loadedModel(m_sample.customer.id());
    QVERIFY(model);
    ui::ContractEditDialog dialog(m_context->context, *model, protocol::Contract());
    dialog.show();
    auto* ok = dialog.findChild<QPushButton*>(QStringLiteral("okButton"));

    typeInto(&dialog, "numberEdit", QStringLiteral("FW-GUI-0001"));
    typeInto(&dialog, "amountEdit", QStringLiteral("12.345"));
    QCOMPARE(dialog.fieldError(QStringLiteral("amount_fen")),
             QStringLiteral("Enter the amount in yuan, e.g. 12800 or 12,800.50: not negative, at most two decimals."));
    QVERIFY(!ok->isEnabled());
    typeInto(&dialog, "amountEdit", QStringLiteral("¥12,800.5"));
    QVERIFY(dialog.fieldError(QStringLiteral("amount_fen")).isEmpty());

    // The installed products of this customer are offered as checkboxes.
    const QList<QCheckBox*> products =
        dialog.findChild<QWidget*>(QStringLiteral("productChecks"))->findChildren<QCheckBox*>();
    QCOMPARE(products.size(), 2);
    products.first()->setChecked(true);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 20000);

    bool found = false;
    const protocol::Customer360 view = test::getCustomer(*m_connection, m_sample.customer.id());
    for (const auto& contract : view.contracts()) {
        if (contract.number() != "FW-GUI-0001") continue;
        found = true;
        QCOMPARE(contract.amount_fen(), qint64(1'280'050));
        QCOMPARE(contract.kind(), std::string("annual_service"));
        QCOMPARE(contract.installed_product_ids_size(), 1);
        QCOMPARE(contract.owner_id(), m_sample.customer.owner_id());  // the customer's owner by default
    }
    QVERIFY(found);
}

void CustomerEditDialogTest::contractDatesMustBeInOrder() {
    auto model = loadedModel(m_sample.customer.id());
    QVERIFY(model);
    ui::ContractEditDialog dialog(m_context->context, *model, protocol::Contract());
    dialog.show();
    typeInto(&dialog, "numberEdit", QStringLiteral("FW-GUI-0002"));
    typeInto(&dialog, "amountEdit", QStringLiteral("3000"));
    typeDate(&dialog, "startsOnField", QStringLiteral("2026-07-01"));
    typeDate(&dialog, "endsOnField", QStringLiteral("2026-06-30"));
    QCOMPARE(dialog.fieldError(QStringLiteral("ends_on")),
             QStringLiteral("Write the end date as YYYY-MM-DD, not before the start date."));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("okButton"))->isEnabled());
    typeDate(&dialog, "endsOnField", QStringLiteral("2027-06-30"));
    QVERIFY(dialog.fieldError(QStringLiteral("ends_on")).isEmpty());
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("okButton"))->isEnabled());
}

void CustomerEditDialogTest::installedProductIsPickedFromTheCatalogue() {
    auto model = loadedModel(m_sample.customer.id());
    QVERIFY(model);
    ui::InstalledProductEditDialog dialog(*model, m_context->catalogue, protocol::InstalledProduct());
    dialog.show();
    auto* ok = dialog.findChild<QPushButton*>(QStringLiteral("okButton"));
    QVERIFY(!ok->isEnabled());  // no version chosen yet

    // The product line, then one of its versions; its modules appear as checkboxes.
    const protocol::ProductLine line = test::catalogueLine(*m_connection, "kis_professional");
    auto* lines = dialog.findChild<QComboBox*>(QStringLiteral("lineCombo"));
    lines->setCurrentIndex(lines->findData(QVariant::fromValue<qint64>(line.id())));
    emit lines->activated(lines->currentIndex());
    auto* versions = dialog.findChild<QComboBox*>(QStringLiteral("versionCombo"));
    QCOMPARE(versions->count(), line.versions_size());
    if (versions->count() == 0) {
        // A catalogue without versions of this line: add one as an administrator would.
        test::addVersion(*m_connection, "kis_professional", "V15.1", QDate::currentDate().addYears(-2));
        m_context->catalogue.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_context->catalogue.line(line.id())->versions_size() > 0, 20000);
        lines->setCurrentIndex(lines->findData(QVariant::fromValue<qint64>(line.id())));
        emit lines->activated(lines->currentIndex());
    }
    QVERIFY(versions->count() > 0);
    versions->setCurrentIndex(0);
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("lifecycleLabel"))->isVisible());
    const QList<QCheckBox*> modules =
        dialog.findChild<QWidget*>(QStringLiteral("moduleChecks"))->findChildren<QCheckBox*>();
    QCOMPARE(modules.size(), line.modules_size());
    QCOMPARE(modules.first()->text(), QStringLiteral("总账"));
    modules.at(0)->setChecked(true);
    modules.at(1)->setChecked(true);
    typeDate(&dialog, "serviceEndField", QStringLiteral("2027-03-31"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 20000);

    // The server computed the lifecycle stage and the service state of the new product.
    const qint64 versionId = versions->currentData().toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(model->view().installed_products_size() == 3, 20000);
    bool found = false;
    for (const auto& product : model->view().installed_products()) {
        if (product.product_version_id() != versionId) continue;
        found = true;
        QCOMPARE(product.module_ids_size(), 2);
        QCOMPARE(product.service_end_on(), std::string("2027-03-31"));
        QVERIFY(!product.lifecycle_stage().empty());
        QCOMPARE(product.service_state(), std::string("in_service"));
    }
    QVERIFY(found);
}

void CustomerEditDialogTest::customerRulesAndTheServersRefusal() {
    client::Customer360Model model(*m_connection);
    ui::CustomerEditDialog dialog(m_context->context, model, protocol::Customer());
    dialog.show();
    auto* ok = dialog.findChild<QPushButton*>(QStringLiteral("okButton"));

    typeInto(&dialog, "nameEdit", QStringLiteral("恒"));
    QCOMPARE(dialog.fieldError(QStringLiteral("name")), QStringLiteral("Enter the company's full name: 2 to 100 characters."));
    typeInto(&dialog, "creditCodeEdit", QStringLiteral("91110108MA01ABCDI"));
    QVERIFY(dialog.fieldError(QStringLiteral("credit_code")).startsWith(QStringLiteral("A unified social credit code")));
    QVERIFY(!ok->isEnabled());
    typeInto(&dialog, "creditCodeEdit", QString());
    QVERIFY(dialog.fieldError(QStringLiteral("credit_code")).isEmpty());

    // An administrator has no branch of their own: the customer's must be chosen.
    typeInto(&dialog, "nameEdit", QString::fromStdString(m_sample.customer.name()));
    QVERIFY(dialog.fieldError(QStringLiteral("name")).isEmpty());
    QVERIFY(!ok->isEnabled());
    auto* branch = dialog.findChild<QComboBox*>(QStringLiteral("branchCombo"));
    QCOMPARE(branch->currentIndex(), -1);
    branch->setCurrentIndex(branch->findData(QVariant::fromValue<qint64>(m_branchId)));
    emit branch->activated(branch->currentIndex());
    QVERIFY(dialog.fieldError(QStringLiteral("branch_id")).isEmpty());

    // The name of an existing customer: only the server knows, and says so at the field.
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.fieldError(QStringLiteral("name")).isEmpty(), 20000);
    QCOMPARE(dialog.fieldError(QStringLiteral("name")),
             QStringLiteral("Another customer already has this name; search for it before creating a second one."));
    QVERIFY(dialog.isVisible());

    // A new name goes through; the model then shows the new customer.
    typeInto(&dialog, "nameEdit", QStringLiteral("北京朝阳瑞丰食品有限公司"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded(), 20000);
    QCOMPARE(model.customer().name(), std::string("北京朝阳瑞丰食品有限公司"));
    QVERIFY(!model.customer().code().empty());
}

void CustomerEditDialogTest::coordinatesPastedFromAMapAreSavedLatitudeFirst() {
    auto model = loadedModel(m_sample.customer.id());
    ui::CustomerEditDialog dialog(m_context->context, *model, model->customer());
    dialog.show();
    auto* ok = dialog.findChild<QPushButton*>(QStringLiteral("okButton"));

    // Not a point in China (a typo'd longitude): the field says what to paste; nothing is sent.
    typeInto(&dialog, "locationEdit", QStringLiteral("116.310316,399.992861"));
    QVERIFY(dialog.fieldError(QStringLiteral("location")).startsWith(QStringLiteral("Paste the latitude and longitude")));
    QVERIFY(!ok->isEnabled());

    // As 高德's coordinate picker gives it: longitude first.
    typeInto(&dialog, "locationEdit", QStringLiteral("116.310316,39.992861"));
    QVERIFY(dialog.fieldError(QStringLiteral("location")).isEmpty());
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(model->customer().has_location(), 20000);
    QCOMPARE(model->customer().location().latitude(), 39.992861);
    QCOMPARE(model->customer().location().longitude(), 116.310316);

    // Opened again it reads latitude first; emptied, the customer has no location any more.
    ui::CustomerEditDialog again(m_context->context, *model, model->customer());
    again.show();
    QCOMPARE(again.findChild<QLineEdit*>(QStringLiteral("locationEdit"))->text(), QStringLiteral("39.992861, 116.310316"));
    typeInto(&again, "locationEdit", QString());
    QTest::mouseClick(again.findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!again.isVisible(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!model->customer().has_location(), 20000);
}

void CustomerEditDialogTest::concurrentEditShowsWhoChangedWhatAndReloads() {
    auto model = loadedModel(m_sample.customer.id());
    QVERIFY(model);
    ui::CustomerEditDialog dialog(m_context->context, *model, model->customer());
    dialog.show();

    // Meanwhile the branch manager renames the customer from another computer.
    client::Connection otherConnection;
    client::SessionModel other(otherConnection);
    QVERIFY(test::logIn(other, *m_server, QStringLiteral("manager")));
    protocol::Customer theirs = test::getCustomer(otherConnection, m_sample.customer.id()).customer();
    theirs.set_name("北京海淀恒达精密机械有限公司");
    theirs = test::saveCustomer(otherConnection, theirs);

    typeInto(&dialog, "shortNameEdit", QStringLiteral("恒达"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
    ui::ConflictPanel* conflict = dialog.conflictPanel();
    QTRY_VERIFY_WITH_TIMEOUT(conflict->isVisible(), 20000);
    const QString text = conflict->findChild<QLabel*>(QStringLiteral("conflictText"))->text();
    QVERIFY2(text.startsWith(QStringLiteral("王建国 saved this customer at ")), qPrintable(text));
    QCOMPARE(conflict->differingFields(), (QStringList{QStringLiteral("Customer name"), QStringLiteral("Short name")}));
    QVERIFY(dialog.isVisible());

    // Reload: the form shows what is saved now, the typing is gone.
    QTest::mouseClick(conflict->findChild<QPushButton*>(QStringLiteral("reloadButton")), Qt::LeftButton);
    QVERIFY(!conflict->isVisible());
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text(), QStringLiteral("北京海淀恒达精密机械有限公司"));
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("shortNameEdit"))->text(), QStringLiteral("恒达机械"));

    // Saving now works, on top of their version.
    typeInto(&dialog, "shortNameEdit", QStringLiteral("恒达精密"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 20000);
    const protocol::Customer saved = test::getCustomer(*m_connection, m_sample.customer.id()).customer();
    QCOMPARE(saved.name(), std::string("北京海淀恒达精密机械有限公司"));
    QCOMPARE(saved.short_name(), std::string("恒达精密"));
}

void CustomerEditDialogTest::keepEditingSavesOverTheOtherChange() {
    auto model = loadedModel(m_sample.customer.id());
    QVERIFY(model);
    ui::ContactEditDialog dialog(*model, m_sample.boss);
    dialog.show();

    client::Connection otherConnection;
    client::SessionModel other(otherConnection);
    QVERIFY(test::logIn(other, *m_server, QStringLiteral("engineer")));
    protocol::Contact theirs = m_sample.boss;
    const protocol::Customer360 current = test::getCustomer(otherConnection, m_sample.customer.id());
    for (const auto& contact : current.contacts())
        if (contact.id() == theirs.id()) theirs = contact;
    theirs.set_phone("010-88886666");
    test::saveContact(otherConnection, theirs);

    typeInto(&dialog, "titleEdit", QStringLiteral("董事长"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
    ui::ConflictPanel* conflict = dialog.conflictPanel();
    QTRY_VERIFY_WITH_TIMEOUT(conflict->isVisible(), 20000);
    QCOMPARE(conflict->differingFields(), (QStringList{QStringLiteral("Job title"), QStringLiteral("Phone")}));

    // Keep editing: what was typed stays, and the next save replaces their change knowingly.
    QTest::mouseClick(conflict->findChild<QPushButton*>(QStringLiteral("keepEditingButton")), Qt::LeftButton);
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("titleEdit"))->text(), QStringLiteral("董事长"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 20000);
    const protocol::Customer360 view = test::getCustomer(*m_connection, m_sample.customer.id());
    for (const auto& contact : view.contacts()) {
        if (contact.id() != m_sample.boss.id()) continue;
        QCOMPARE(contact.title(), std::string("董事长"));
        QCOMPARE(contact.phone(), std::string(""));
    }
}

void CustomerEditDialogTest::contactConflictNamesWhoChangedIt() {
    auto model = loadedModel(m_sample.customer.id());
    QVERIFY(model);
    protocol::Contact mine;
    for (const auto& contact : model->view().contacts())
        if (contact.id() == m_sample.boss.id()) mine = contact;
    QVERIFY(mine.id() != 0);
    ui::ContactEditDialog dialog(*model, mine);
    dialog.show();

    // The branch manager changes the same contact's title from another computer.
    client::Connection otherConnection;
    client::SessionModel other(otherConnection);
    QVERIFY(test::logIn(other, *m_server, QStringLiteral("manager")));
    protocol::Envelope request;
    *request.mutable_save_contact()->mutable_contact() = mine;
    request.mutable_save_contact()->mutable_contact()->set_title(QStringLiteral("集团总裁").toStdString());
    QVERIFY(test::roundTrip(otherConnection, request).ok());

    typeInto(&dialog, "wechatEdit", QStringLiteral("chenjianhua_boss"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
    ui::ConflictPanel* conflict = dialog.conflictPanel();
    QTRY_VERIFY_WITH_TIMEOUT(conflict->isVisible(), 20000);
    const QString text = conflict->findChild<QLabel*>(QStringLiteral("conflictText"))->text();
    QVERIFY2(text.startsWith(QStringLiteral("王建国 changed this contact after you opened it.")), qPrintable(text));
    QVERIFY2(conflict->differingFields().contains(QStringLiteral("Job title")), qPrintable(conflict->differingFields().join(QStringLiteral(", "))));
}

QTEST_MAIN(CustomerEditDialogTest)
#include "CustomerEditDialogTest.moc"