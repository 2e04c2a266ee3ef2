#pragma once
// Terminal column width of text: East Asian wide characters (CJK, Hangul, full-width forms)
// take two columns, combining marks none, so tables of Chinese names line up.

#include <QString>

namespace laoke::client::cli {

int displayWidth(const QString& text);

}  // namespace laoke::client::cli
