// Money, dates and service periods as Chinese users read them, and amounts typed in yuan
// parsed back into exact fen (no floating point anywhere). No server needed.

#include "CustomerFormats.h"
#include "CustomerValueNames.h"
#include "LanguageManager.h"

#include <QRegularExpression>
#include <QTest>

using namespace laoke;
using Formats = client::CustomerFormats;
using Names = client::CustomerValueNames;

class CustomerFormatsTest : public QObject {
    Q_OBJECT

private slots:
    void moneyReadsLikeAnInvoice();
    void yuanTypedByHandBecomesFen_data();
    void yuanTypedByHandBecomesFen();
    void daysLeftInWords();
    void chineseNamesOfCodedValues();
};

void CustomerFormatsTest::moneyReadsLikeAnInvoice() {
    QCOMPARE(Formats::money(1'280'000), QStringLiteral("¥12,800.00"));
    QCOMPARE(Formats::money(5), QStringLiteral("¥0.05"));
    QCOMPARE(Formats::money(0), QStringLiteral("¥0.00"));
    QCOMPARE(Formats::money(123'456'789'01), QStringLiteral("¥123,456,789.01"));
    QCOMPARE(Formats::money(-5000), QStringLiteral("-¥50.00"));
    QCOMPARE(Formats::yuanForEditing(1'280'050), QStringLiteral("12800.50"));
    // What is shown for editing parses back to the same amount.
    for (qint64 fen : {0LL, 1LL, 99LL, 100LL, 1'280'050LL, 999'999'999'99LL})
        QCOMPARE(Formats::parseYuan(Formats::yuanForEditing(fen)).value_or(-1), fen);
}

void CustomerFormatsTest::yuanTypedByHandBecomesFen_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("fen");  // -1: refused
    QTest::newRow("whole yuan") << QStringLiteral("12800") << qint64(1'280'000);
    QTest::newRow("grouped") << QStringLiteral("12,800.5") << qint64(1'280'050);
    QTest::newRow("with sign") << QStringLiteral("¥12,800.00") << qint64(1'280'000);
    QTest::newRow("full-width yen") << QStringLiteral("￥3000") << qint64(300'000);
    QTest::newRow("full-width digits") << QStringLiteral("１２８００．５") << qint64(1'280'050);
    QTest::newRow("yuan suffix") << QStringLiteral("500元") << qint64(50'000);
    QTest::newRow("cents only") << QStringLiteral(".05") << qint64(5);
    QTest::newRow("spaces") << QStringLiteral(" 1 000 ") << qint64(100'000);
    QTest::newRow("three decimals") << QStringLiteral("12.345") << qint64(-1);
    QTest::newRow("negative") << QStringLiteral("-50") << qint64(-1);
    QTest::newRow("letters") << QStringLiteral("12k") << qint64(-1);
    QTest::newRow("two dots") << QStringLiteral("1.2.3") << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("just a dot") << QStringLiteral(".") << qint64(-1);
    QTest::newRow("absurdly large") << QStringLiteral("99999999999999") << qint64(-1);
}

void CustomerFormatsTest::yuanTypedByHandBecomesFen() {
    QFETCH(QString, typed);
    QFETCH(qint64, fen);
    QCOMPARE(Formats::parseYuan(typed).value_or(-1), fen);
}

void CustomerFormatsTest::daysLeftInWords() {
    ui::LanguageManager language;
    QVERIFY(language.apply(ui::LanguageManager::kEnglish));
    QCOMPARE(Formats::daysLeftText(1), QStringLiteral("1 day left"));
    QCOMPARE(Formats::daysLeftText(23), QStringLiteral("23 days left"));
    QCOMPARE(Formats::daysLeftText(0), QStringLiteral("Ends today"));
    QCOMPARE(Formats::daysLeftText(-12), QStringLiteral("Expired 12 days ago"));
    QCOMPARE(Formats::daysLeft(QDate(2025, 6, 30), QDate(2025, 6, 30)), 0);
    QCOMPARE(Formats::daysLeft(QDate(2025, 6, 30), QDate(2025, 7, 1)), -1);
    QCOMPARE(Formats::serviceEndText("2025-06-30", 5), QStringLiteral("2025-06-30 · 5 days left"));
    QCOMPARE(Formats::serviceEndText("", 5), QString());

    QVERIFY(language.apply(ui::LanguageManager::kChinese));
    QCOMPARE(Formats::daysLeftText(23), QStringLiteral("还剩 23 天"));
    QCOMPARE(Formats::daysLeftText(-12), QStringLiteral("已过期 12 天"));
    QCOMPARE(Formats::daysLeftText(0), QStringLiteral("今天到期"));
}

void CustomerFormatsTest::chineseNamesOfCodedValues() {
    ui::LanguageManager language;
    QVERIFY(language.apply(ui::LanguageManager::kChinese));
    // GB/T 4754-2017 sections as the standard names them.
    QCOMPARE(Names::industry(QStringLiteral("C")), QStringLiteral("制造业"));
    QCOMPARE(Names::industry(QStringLiteral("F")), QStringLiteral("批发和零售业"));
    QCOMPARE(Names::industry(QStringLiteral("I")), QStringLiteral("信息传输、软件和信息技术服务业"));
    QCOMPARE(Names::industry(QStringLiteral("S")), QStringLiteral("公共管理、社会保障和社会组织"));
    QCOMPARE(Names::industries().size(), 20);
    for (const QString& code : Names::industries()) QVERIFY2(Names::industry(code) != code, qPrintable(code));
    QCOMPARE(Names::grade(QString()), QStringLiteral("未评级"));
    QCOMPARE(Names::grade(QStringLiteral("A")), QStringLiteral("A"));
    QCOMPARE(Names::status(QStringLiteral("dormant")), QStringLiteral("休眠"));
    QCOMPARE(Names::contactRole(QStringLiteral("chief_accountant")), QStringLiteral("会计主管（账套主管）"));
    QCOMPARE(Names::serviceState(QStringLiteral("expired")), QStringLiteral("已过期"));
    QCOMPARE(Names::lifecycleStage(QStringLiteral("limited_support")), QStringLiteral("服务支持阶段"));
    QCOMPARE(Names::contractKind(QStringLiteral("annual_service")), QStringLiteral("年度服务费"));
    QCOMPARE(Names::region(QStringLiteral("southwest")), QStringLiteral("西南"));
    // Every value of every set has a Chinese name.
    for (const auto& [codes, name] : std::initializer_list<std::pair<QList<QString>, QString (*)(const QString&)>>{
             {Names::sizeClasses(), &Names::sizeClass},       {Names::regions(), &Names::region},
             {Names::sources(), &Names::source},              {Names::statuses(), &Names::status},
             {Names::contactRoles(), &Names::contactRole},    {Names::decisionRoles(), &Names::decisionRole},
             {Names::licenceTypes(), &Names::licenceType},    {Names::contractKinds(), &Names::contractKind},
             {Names::paymentStatuses(), &Names::paymentStatus}, {Names::activityKinds(), &Names::activityKind},
             {Names::serviceStates(), &Names::serviceState}}) {
        for (const QString& code : codes) {
            const QString text = name(code);
            QVERIFY2(text != code && text.contains(QRegularExpression(QStringLiteral("\\p{Han}"))), qPrintable(code));
        }
    }
}

QTEST_MAIN(CustomerFormatsTest)
#include "CustomerFormatsTest.moc"
