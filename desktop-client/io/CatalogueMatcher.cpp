#include "CatalogueMatcher.h"

namespace laoke::client::io {

namespace {

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

/// Lower case without blanks or the middle dot of "金蝶云·星空".
QString lineKey(const QString& name)
{
    QString key;
    for (const QChar c : name) {
        if (!c.isSpace() && c != u'·' && c != QChar(0x3000)) key += c.toLower();
    }
    return key;
}

/// The line's name without its vendor's brand ("用友U8+" -> "U8+", "金蝶云·星空" -> "星空").
QString withoutBrand(const QString& key)
{
    for (const QString& brand : {QStringLiteral("金蝶云"), QStringLiteral("畅捷通"), QStringLiteral("用友"),
                                 QStringLiteral("金蝶"), QStringLiteral("kingdee"), QStringLiteral("yonyou"),
                                 QStringLiteral("chanjet")}) {
        if (key.startsWith(brand) && key.size() > brand.size()) return key.mid(brand.size());
    }
    return key;
}

}  // namespace

CatalogueMatcher::CatalogueMatcher(std::vector<protocol::ProductLine> lines)
    : m_lines(std::move(lines)) {}

QString CatalogueMatcher::versionKey(const QString& version)
{
    QString key = lineKey(version);
    if (key.startsWith(QLatin1Char('v'))) key = key.mid(1);
    while (key.endsWith(QStringLiteral(".0"))) key.chop(2);
    return key;
}

const protocol::ProductLine* CatalogueMatcher::findLine(const QString& line) const
{
    const QString key = lineKey(line);
    for (const protocol::ProductLine& each : m_lines) {
        if (key == lineKey(text(each.name())) || key == lineKey(text(each.code()))) return &each;
    }
    const QString bare = withoutBrand(key);
    const protocol::ProductLine* found = nullptr;
    for (const protocol::ProductLine& each : m_lines) {
        if (bare == withoutBrand(lineKey(text(each.name())))) {
            if (found) return nullptr;  // ambiguous
            found = &each;
        }
    }
    return found;
}

CatalogueMatcher::Match CatalogueMatcher::match(const QString& line, const QString& version,
                                                const QStringList& modules) const
{
    Match match;
    const protocol::ProductLine* productLine = findLine(line);
    if (!productLine) {
        match.field = Match::Field::Line;
        QStringList names;
        for (const protocol::ProductLine& each : m_lines) names << text(each.name());
        match.problem = tr("\"%1\" is not a product line of the catalogue; it has %2").arg(line, names.join(tr(", ")));
        return match;
    }
    match.line = text(productLine->name());

    QStringList versions;
    for (const protocol::ProductVersion& each : productLine->versions()) {
        versions << text(each.name());
        if (versionKey(text(each.name())) == versionKey(version)) match.version = text(each.name());
    }
    if (match.version.isEmpty()) {
        match.field = Match::Field::Version;
        match.problem = versions.isEmpty()
            ? tr("the catalogue has no versions of %1 yet; an administrator adds them under Products").arg(match.line)
            : tr("%1 has no version \"%2\" in the catalogue; it has %3").arg(match.line, version, versions.join(tr(", ")));
        return match;
    }

    for (const QString& module : modules) {
        QString found;
        for (const protocol::ProductModule& each : productLine->modules()) {
            if (lineKey(text(each.name())) == lineKey(module)) found = text(each.name());
        }
        if (found.isEmpty()) {
            match.field = Match::Field::Modules;
            match.problem = tr("\"%1\" is not a module of %2 in the catalogue").arg(module, match.line);
            return match;
        }
        match.modules << found;
    }
    return match;
}

}  // namespace laoke::client::io
