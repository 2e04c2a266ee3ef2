#pragma once
// Which language the UI speaks: follow the system (Chinese when the system locale is
// Chinese, otherwise English), or a choice saved in QSettings ("ui/language"). Switching
// installs a new translator at once; Qt then sends LanguageChange to every widget, and the
// long-lived screens retranslate themselves.

#include <QObject>
#include <QString>
#include <QTranslator>

namespace laoke::ui {

class LanguageManager : public QObject {
    Q_OBJECT
public:
    static inline const QString kFollowSystem = QString();
    static inline const QString kChinese = QStringLiteral("zh_CN");
    static inline const QString kEnglish = QStringLiteral("en");

    explicit LanguageManager(QObject* parent = nullptr);

    /// The saved choice: kFollowSystem, kChinese or kEnglish.
    QString savedChoice() const;
    void saveChoice(const QString& choice);

    /// Installs the translation for `choice` (resolving kFollowSystem); false if it is missing.
    bool apply(const QString& choice);
    /// The language in use, kChinese or kEnglish.
    QString activeLanguage() const { return m_active; }

    /// kChinese when the system locale is Chinese, otherwise kEnglish.
    static QString systemLanguage();

private:
    QTranslator m_translator;
    QString m_active;
};

}  // namespace laoke::ui
