#pragma once
// The fields of a knowledge article for `laokectl kb add`: from --file, then the options over
// them. The file is either JSON ({"title": ..., "solution": ...}) or plain text, where a line
// "field: text" starts a field and the lines after it continue it, so a solution of several
// steps is written as it reads:
//
//     title: 加密狗不识别
//     product: u8plus
//     symptom: 登录提示未检测到加密狗
//     solution: 1. 换一个 USB 口
//     2. 重装驱动
//
// Field names are the option names (title, product, versions, category, keywords, symptom,
// cause, solution); product and category are codes or names, resolved by the command.

#include "CommandLine.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace laoke::client::cli {

class KbArticleInput {
    Q_DECLARE_TR_FUNCTIONS(KbArticleInput)
public:
    static const QStringList& fieldNames();

    /// Field name -> text. Throws a usage Failure for an unreadable file, malformed JSON or an
    /// unknown field.
    static QMap<QString, QString> read(const Invocation& invocation);

    /// The plain text format above (exposed for tests).
    static QMap<QString, QString> parseText(const QString& content, const QString& fileName);
};

}  // namespace laoke::client::cli
