#pragma once
// A Prompter for tests: answers every question with the answer set in advance and records
// what was asked, so a test can check that the user would have been asked (and about what).

#include "Prompter.h"

#include <QList>
#include <QString>

namespace laoke::test {

class ScriptedPrompter : public ui::Prompter {
public:
    bool confirmAnswer = true;
    bool trustAnswer = true;

    QList<QString> confirmations;                       ///< the questions asked by confirm()
    QList<ui::CertificateQuestion> trustQuestions;      ///< trustNewCertificate() calls
    QList<ui::CertificateQuestion> changedWarnings;     ///< warnCertificateChanged() calls

    bool confirm(QWidget*, const QString&, const QString& question, const QString&) override {
        confirmations.append(question);
        return confirmAnswer;
    }
    bool trustNewCertificate(QWidget*, const ui::CertificateQuestion& question) override {
        trustQuestions.append(question);
        return trustAnswer;
    }
    void warnCertificateChanged(QWidget*, const ui::CertificateQuestion& question) override {
        changedWarnings.append(question);
    }
};

}  // namespace laoke::test
