#include "LanguageManager.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

namespace laoke::ui {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
}

LanguageManager::LanguageManager(QObject* parent) : QObject(parent) {}

QString LanguageManager::savedChoice() const {
    const QString choice = QSettings().value(kLanguageKey).toString();
    return choice == kChinese || choice == kEnglish ? choice : kFollowSystem;
}

void LanguageManager::saveChoice(const QString& choice) {
    QSettings().setValue(kLanguageKey, choice);
}

QString LanguageManager::systemLanguage() {
    return QLocale::system().language() == QLocale::Chinese ? kChinese : kEnglish;
}

bool LanguageManager::apply(const QString& choice) {
    const QString language = choice.isEmpty() ? systemLanguage() : choice;
    QCoreApplication::removeTranslator(&m_translator);
    const bool loaded = m_translator.load(QStringLiteral(":/i18n/laoke_%1.qm").arg(language));
    if (loaded) QCoreApplication::installTranslator(&m_translator);
    m_active = loaded ? language : kEnglish;
    QLocale::setDefault(QLocale(m_active == kChinese ? QLocale::Chinese : QLocale::English,
                                m_active == kChinese ? QLocale::China : QLocale::UnitedStates));
    return loaded;
}

}  // namespace laoke::ui
