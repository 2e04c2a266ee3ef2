#include "ReportFigures.h"

#include <QLocale>

#include <algorithm>

namespace laoke::client {

std::optional<double> ReportFigures::share(qint64 part, qint64 whole) {
    if (whole <= 0) return std::nullopt;
    return static_cast<double>(part) / static_cast<double>(whole);
}

std::optional<double> ReportFigures::slaCompliance(const protocol::ServiceReportGroup& group) {
    return share(group.all_met(), group.with_targets());
}

std::optional<double> ReportFigures::firstContactRate(const protocol::ServiceReportGroup& group) {
    return share(group.first_contact(), group.resolved());
}

std::optional<double> ReportFigures::averageSatisfaction(const protocol::ServiceReportGroup& group) {
    return share(group.satisfaction_sum(), group.rated());
}

QString ReportFigures::percent(const std::optional<double>& share) {
    if (!share) return QStringLiteral("—");
    return QStringLiteral("%1%").arg(QLocale().toString(*share * 100.0, 'f', 1));
}

QString ReportFigures::score(const std::optional<double>& average) {
    if (!average) return QStringLiteral("—");
    return QLocale().toString(*average, 'f', 2);
}

QString ReportFigures::businessTime(qint64 seconds) {
    const qint64 minutes = std::max<qint64>(0, seconds) / 60;
    if (minutes < 60) return tr("%n min", nullptr, static_cast<int>(minutes));
    return tr("%1 h").arg(QLocale().toString(static_cast<double>(minutes) / 60.0, 'f', 1));
}

QString ReportFigures::bound(qint64 seconds) {
    // Bounds are whole minutes below an hour and whole hours above.
    if (seconds < 3600) return tr("%n min", nullptr, static_cast<int>(seconds / 60));
    return tr("%n h", nullptr, static_cast<int>(seconds / 3600));
}

std::optional<double> ReportFigures::quickResponseRate(const protocol::ServiceReportGroup& group) {
    return share(group.quick_responses(), group.resolved());
}

std::optional<double> ReportFigures::quickResolutionRate(const protocol::ServiceReportGroup& group) {
    return share(group.quick_resolutions(), group.resolved());
}

QString ReportFigures::bucketName(qint64 lowerSeconds, qint64 upperSeconds) {
    if (upperSeconds == 0) return tr("over %1").arg(bound(lowerSeconds));
    if (lowerSeconds == 0) return tr("under %1").arg(bound(upperSeconds));
    // One unit when both bounds share it ("15–30 min", "1–2 h"), so the names stay short.
    if (upperSeconds < 3600) {
        return tr("%1–%2 min").arg(lowerSeconds / 60).arg(upperSeconds / 60);
    }
    if (lowerSeconds >= 3600) return tr("%1–%2 h").arg(lowerSeconds / 3600).arg(upperSeconds / 3600);
    return tr("%1 to %2").arg(bound(lowerSeconds), bound(upperSeconds));
}

QString ReportFigures::groupName(const protocol::ServiceReportGroup& group) {
    const QString dimension = QString::fromStdString(group.dimension());
    if (dimension == QLatin1String("total")) return tr("All");
    if (dimension == QLatin1String("grade") && group.label().empty()) return tr("Not graded");
    if (dimension == QLatin1String("category") && group.id() == 0) return tr("No category");
    if (dimension == QLatin1String("grade")) return tr("Grade %1").arg(QString::fromStdString(group.label()));
    // The UI language decides (LanguageManager sets the default locale with the translator).
    const bool chinese = QLocale().language() == QLocale::Chinese;
    return QString::fromStdString(chinese ? group.label() : group.label_en());
}

QString ReportFigures::periodName(const QString& unit, const QDate& start) {
    if (unit == QLatin1String("month")) return start.toString(tr("yyyy-MM", "a month of the satisfaction trend"));
    return tr("Week of %1").arg(start.toString(tr("MM-dd", "the Monday of a week of the satisfaction trend")));
}

QString ReportFigures::scoreName(int score) {
    switch (score) {
    case 1: return tr("Very dissatisfied");
    case 2: return tr("Dissatisfied");
    case 3: return tr("Neutral");
    case 4: return tr("Satisfied");
    case 5: return tr("Very satisfied");
    default: return QString::number(score);
    }
}

}  // namespace laoke::client
