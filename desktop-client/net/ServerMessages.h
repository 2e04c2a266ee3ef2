#pragma once
// The server explains a refusal in a short English sentence written for the user ("write down
// the solution"). These are the service desk's, translated here so a Chinese user reads why,
// not just "the value is not valid". The server stays the authority on the rule; a sentence
// not listed here falls back to the generic message of its error code.

#include <QString>

#include <optional>

namespace laoke::client {

/// The translated sentence for a known server detail; nullopt for any other text.
std::optional<QString> translatedServerMessage(const QString& detail);

}  // namespace laoke::client
