#include "SettingsDialog.h"

#include "InlineErrorLabel.h"
#include "LanguageManager.h"
#include "ServerAddress.h"
#include "Theme.h"
#include "TrustStore.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSslCertificate>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace laoke::ui {

SettingsDialog::SettingsDialog(LanguageManager& language, QWidget* parent)
    : QDialog(parent), m_language(language), m_tabs(new QTabWidget(this)) {
    setObjectName(QStringLiteral("settingsDialog"));
    setMinimumSize(820, 500);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(createLanguageTab(), QString());
    m_tabs->addTab(createSecurityTab(), QString());

    m_closeButton = new QPushButton(this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_closeButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    retranslate();
    loadTrustedServers();
}

QWidget* SettingsDialog::createLanguageTab() {
    auto* page = new QWidget(this);
    m_languageCaption = new QLabel(page);
    m_languageCombo = new QComboBox(page);
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_languageCombo->addItem(QString(), LanguageManager::kFollowSystem);
    m_languageCombo->addItem(QStringLiteral("中文（简体）"), LanguageManager::kChinese);
    m_languageCombo->addItem(QStringLiteral("English"), LanguageManager::kEnglish);
    m_languageCombo->setCurrentIndex(m_languageCombo->findData(m_language.savedChoice()));
    m_languageCombo->setMinimumWidth(260);
    m_languageHint = new QLabel(page);
    Theme::makeHint(m_languageHint);
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString choice = m_languageCombo->currentData().toString();
        m_language.saveChoice(choice);
        m_language.apply(choice);
    });

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(20, 20, 20, 20);
    layout->setSpacing(8);
    layout->addWidget(m_languageCaption);
    layout->addWidget(m_languageCombo, 0, Qt::AlignLeft);
    layout->addWidget(m_languageHint);
    layout->addStretch(1);
    return page;
}

QWidget* SettingsDialog::createSecurityTab() {
    auto* page = new QWidget(this);
    m_trustedGroup = new QGroupBox(page);
    m_trustedHint = new QLabel(m_trustedGroup);
    Theme::makeHint(m_trustedHint);
    m_trustedServers = new QTreeWidget(m_trustedGroup);
    m_trustedServers->setObjectName(QStringLiteral("trustedServersList"));
    m_trustedServers->setRootIsDecorated(false);
    m_trustedServers->setColumnCount(2);
    m_trustedServers->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_forgetButton = new QPushButton(m_trustedGroup);
    m_forgetButton->setObjectName(QStringLiteral("forgetButton"));
    m_forgetButton->setEnabled(false);
    connect(m_trustedServers, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_forgetButton->setEnabled(!m_trustedServers->selectedItems().isEmpty()); });
    connect(m_forgetButton, &QPushButton::clicked, this, &SettingsDialog::forgetSelectedServer);
    auto* trustedLayout = new QVBoxLayout(m_trustedGroup);
    trustedLayout->addWidget(m_trustedHint);
    trustedLayout->addWidget(m_trustedServers, 1);
    trustedLayout->addWidget(m_forgetButton, 0, Qt::AlignRight);

    m_caGroup = new QGroupBox(page);
    m_caHint = new QLabel(m_caGroup);
    Theme::makeHint(m_caHint);
    m_caFile = new QLineEdit(client::TrustStore().caFile(), m_caGroup);
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_caFile->setReadOnly(true);
    m_browseButton = new QPushButton(m_caGroup);
    m_browseButton->setObjectName(QStringLiteral("browseCaButton"));
    m_clearCaButton = new QPushButton(m_caGroup);
    m_clearCaButton->setObjectName(QStringLiteral("clearCaButton"));
    m_caError = new InlineErrorLabel(m_caGroup);
    m_caError->setObjectName(QStringLiteral("caFileError"));
    connect(m_browseButton, &QPushButton::clicked, this, &SettingsDialog::chooseCaFile);
    connect(m_clearCaButton, &QPushButton::clicked, this, [this] { setCaFile(QString()); });
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browseButton);
    caRow->addWidget(m_clearCaButton);
    auto* caLayout = new QVBoxLayout(m_caGroup);
    caLayout->addWidget(m_caHint);
    caLayout->addLayout(caRow);
    caLayout->addWidget(m_caError);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(14);
    layout->addWidget(m_trustedGroup, 1);
    layout->addWidget(m_caGroup);
    return page;
}

void SettingsDialog::retranslate() {
    setWindowTitle(tr("Settings"));
    m_tabs->setTabText(LanguageTab, tr("Language"));
    m_tabs->setTabText(SecurityTab, tr("Trusted servers"));
    m_languageCaption->setText(tr("Language of the user interface"));
    m_languageCombo->setItemText(0, tr("Follow the system"));
    m_languageHint->setText(tr("The change applies at once and is remembered on this computer."));
    m_trustedGroup->setTitle(tr("Pinned server certificates"));
    m_trustedHint->setText(tr("This computer trusts these servers because their certificate fingerprint was confirmed "
                              "at the first login. Forget a server only when your administrator has replaced its "
                              "certificate; you then verify the new fingerprint at the next login."));
    m_trustedServers->setHeaderLabels({tr("Server"), tr("Certificate fingerprint (SHA-256)")});
    m_forgetButton->setText(tr("Forget"));
    m_caGroup->setTitle(tr("Certificate authority"));
    m_caHint->setText(tr("If your administrator gave you a CA certificate file (PEM), servers are verified against it "
                         "instead of pinned fingerprints."));
    m_caFile->setPlaceholderText(tr("No CA file: pinned fingerprints are used"));
    m_browseButton->setText(tr("Choose file…"));
    m_clearCaButton->setText(tr("Clear"));
    m_closeButton->setText(tr("Close"));
}

void SettingsDialog::setCurrentTab(int tab) {
    m_tabs->setCurrentIndex(tab);
}

void SettingsDialog::loadTrustedServers() {
    m_trustedServers->clear();
    const client::TrustStore store;
    QSettings settings(QStringLiteral("Laoke"), QStringLiteral("laoke"));
    settings.beginGroup(QStringLiteral("trust"));
    for (const QString& key : settings.childKeys()) {
        const auto server = client::ServerAddress::parse(key);
        const auto fingerprint = server ? store.pinnedFingerprint(*server) : std::nullopt;
        if (!fingerprint) continue;
        auto* item = new QTreeWidgetItem(m_trustedServers, {server->toString(), *fingerprint});
        item->setFont(1, Theme::monospaceFont());
        item->setToolTip(1, *fingerprint);
    }
}

void SettingsDialog::forgetSelectedServer() {
    const QList<QTreeWidgetItem*> selected = m_trustedServers->selectedItems();
    if (selected.isEmpty()) return;
    if (const auto server = client::ServerAddress::parse(selected.first()->text(0))) client::TrustStore().forget(*server);
    loadTrustedServers();
}

void SettingsDialog::chooseCaFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose CA certificate"), QString(),
                                                      tr("Certificates (*.pem *.crt);;All files (*)"));
    if (path.isEmpty()) return;
    if (QSslCertificate::fromPath(path, QSsl::Pem).isEmpty()) {
        m_caError->setError(tr("This file contains no PEM certificate."));
        return;
    }
    setCaFile(path);
}

void SettingsDialog::setCaFile(const QString& path) {
    m_caError->clearError();
    client::TrustStore().setCaFile(path);
    m_caFile->setText(path);
}

void SettingsDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QDialog::changeEvent(event);
}

}  // namespace laoke::ui
