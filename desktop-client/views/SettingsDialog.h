#pragma once
// Settings of this computer: the UI language (follow the system, 中文 or English, applied at
// once), a CA file an administrator may provide instead of pinning, and the list of pinned
// servers with "Forget" (so a deliberately replaced certificate can be verified again).

#include <QDialog>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace laoke::ui {

class InlineErrorLabel;
class LanguageManager;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    enum Tab { LanguageTab, SecurityTab };

    explicit SettingsDialog(LanguageManager& language, QWidget* parent = nullptr);

    void setCurrentTab(int tab);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* createLanguageTab();
    QWidget* createSecurityTab();
    void retranslate();
    void loadTrustedServers();
    void forgetSelectedServer();
    void chooseCaFile();
    void setCaFile(const QString& path);

    LanguageManager& m_language;
    QTabWidget* m_tabs;
    QLabel* m_languageCaption = nullptr;
    QComboBox* m_languageCombo = nullptr;
    QLabel* m_languageHint = nullptr;
    QGroupBox* m_trustedGroup = nullptr;
    QLabel* m_trustedHint = nullptr;
    QTreeWidget* m_trustedServers = nullptr;
    QPushButton* m_forgetButton = nullptr;
    QGroupBox* m_caGroup = nullptr;
    QLabel* m_caHint = nullptr;
    QLineEdit* m_caFile = nullptr;
    QPushButton* m_browseButton = nullptr;
    QPushButton* m_clearCaButton = nullptr;
    InlineErrorLabel* m_caError = nullptr;
    QPushButton* m_closeButton = nullptr;
};

}  // namespace laoke::ui
