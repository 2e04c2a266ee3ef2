#include "KbNames.h"

#include <QStringList>

namespace laoke::client {

QString KbNames::productText(const std::string& lineName, const std::string& versions) {
    QString text = lineName.empty() ? tr("Every product line") : QString::fromStdString(lineName);
    if (!versions.empty()) text += tr(" (%1)").arg(QString::fromStdString(versions));
    return text;
}

QString KbNames::reasons(const protocol::KbSuggestion& s) {
    QStringList parts;
    if (s.same_category()) parts << tr("same category");
    else if (s.same_group()) parts << tr("related category");
    if (s.same_product_line()) parts << tr("written for this product line");
    else parts << tr("holds for every product line");
    if (s.text_similarity_percent() > 0) parts << tr("%1% of the wording alike").arg(s.text_similarity_percent());
    if (s.article().use_count() > 0) parts << useCount(s.article().use_count());
    return parts.join(QStringLiteral(" · "));
}

QString KbNames::useCount(int count) {
    return count == 0 ? tr("not used yet") : tr("used on %n ticket(s)", nullptr, count);
}

}  // namespace laoke::client
