#pragma once
// What `laokectl --json` printed, as a JSON object; a test failure when it is not JSON.

#include "CliRun.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace laoke::test {

inline QJsonObject jsonOutput(const CliRun& run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(run.out), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out;
    return document.object();
}

}  // namespace laoke::test
