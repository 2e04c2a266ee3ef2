#include "ReportCharts.h"

#include "ReportFigures.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDate>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace laoke::ui {

namespace {

using client::ReportFigures;

QChart* newChart(const QString& title) {
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont title_font = chart->titleFont();
    title_font.setBold(true);
    chart->setTitleFont(title_font);
    return chart;
}

QChart* emptyChart(const QString& title) {
    QChart* chart = newChart(title);
    chart->legend()->hide();
    return chart;
}

// An axis of counts: whole numbers only, a round step, a little room above the largest bar.
QValueAxis* countAxis(int largest) {
    // 1, 2, 5, 10, 20, 50 ...: the first that needs at most six ticks.
    int step = 1;
    for (int magnitude = 1, i = 0; largest / step > 6; ++i) {
        if (i == 3) {
            i = 0;
            magnitude *= 10;
        }
        step = magnitude * (i == 0 ? 1 : i == 1 ? 2 : 5);
    }
    auto* axis = new QValueAxis;
    const int top = (largest / step + 1) * step;
    axis->setRange(0, top);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

// Green for a happy customer down to red for an angry one.
QColor scoreColour(int score) {
    switch (score) {
    case 5: return QColor(0x2e, 0x9d, 0x5b);
    case 4: return QColor(0x8c, 0xc8, 0x6c);
    case 3: return QColor(0xf0, 0xc0, 0x4a);
    case 2: return QColor(0xee, 0x8a, 0x3c);
    default: return QColor(0xc0, 0x39, 0x2b);
    }
}

}  // namespace

QChart* ReportCharts::compliance(const QList<protocol::ServiceReportGroup>& groups, int maxRows) {
    const QString title = tr("SLA met and first-contact resolution");
    QList<protocol::ServiceReportGroup> rows;
    for (const auto& group : groups) {
        if (group.resolved() > 0 && rows.size() < maxRows) rows.append(group);
    }
    if (rows.isEmpty()) return emptyChart(tr("No tickets were resolved in this period"));
    QChart* chart = newChart(title);
    auto* sla = new QBarSet(tr("SLA met"));
    auto* firstContact = new QBarSet(tr("First-contact resolution"));
    sla->setColor(QColor(0x2f, 0x6f, 0xde));
    firstContact->setColor(QColor(0x9d, 0xbc, 0xf0));
    QStringList names;
    // Horizontal bars are drawn bottom up: reverse, so the first row is on top as in the table.
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        names << ReportFigures::groupName(*it);
        *sla << ReportFigures::slaCompliance(*it).value_or(0.0) * 100.0;
        *firstContact << ReportFigures::firstContactRate(*it).value_or(0.0) * 100.0;
    }
    auto* series = new QHorizontalBarSeries;
    series->append(firstContact);
    series->append(sla);
    // Written on the bars while there is room for them; the axis and the table say the rest.
    series->setLabelsVisible(rows.size() <= 5);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(names);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = new QValueAxis;
    axisX->setRange(0, 100);
    axisX->setLabelFormat(QStringLiteral("%d%%"));
    axisX->setTickCount(6);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    return chart;
}

QChart* ReportCharts::timeDistribution(const QList<protocol::ServiceTimeBucket>& buckets, const QString& clock) {
    const bool response = clock == QLatin1String("first_response");
    const QString title = response ? tr("First response (working time)") : tr("Resolution (working time)");
    int total = 0;
    for (const auto& bucket : buckets) total += bucket.tickets();
    if (total == 0) return emptyChart(title + QLatin1String(" · ") + tr("no resolved tickets"));
    QChart* chart = newChart(title);
    chart->legend()->hide();
    auto* tickets = new QBarSet(tr("Tickets"));
    tickets->setColor(response ? QColor(0x2f, 0x6f, 0xde) : QColor(0x2e, 0x9d, 0x5b));
    QStringList names;
    qint64 lower = 0;
    int most = 0;
    for (const auto& bucket : buckets) {
        names << ReportFigures::bucketName(lower, bucket.upper_seconds());
        *tickets << bucket.tickets();
        most = std::max(most, bucket.tickets());
        lower = bucket.upper_seconds();
    }
    auto* series = new QBarSeries;
    series->append(tickets);
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(names);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = countAxis(most);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    return chart;
}

QChart* ReportCharts::satisfaction(const protocol::ServiceReportReply& report) {
    const QString title = report.trend_unit() == "month" ? tr("Callback scores by month") : tr("Callback scores by week");
    if (report.satisfaction_trend_size() == 0) return emptyChart(title + QLatin1String(" · ") + tr("no scores given in this period"));
    QChart* chart = newChart(title);
    QList<QBarSet*> sets;
    for (int score = 1; score <= 5; ++score) {
        auto* set = new QBarSet(ReportFigures::scoreName(score));
        set->setColor(scoreColour(score));
        set->setBorderColor(scoreColour(score));
        sets.append(set);
    }
    auto* average = new QLineSeries;
    average->setName(tr("Average score"));
    average->setPen(QPen(QColor(0x1f, 0x25, 0x30), 2));
    average->setPointsVisible(true);
    QStringList names;
    const QString unit = QString::fromStdString(report.trend_unit());
    int most = 0;
    for (int i = 0; i < report.satisfaction_trend_size(); ++i) {
        const auto& period = report.satisfaction_trend(i);
        names << ReportFigures::periodName(unit, QDate::fromString(QString::fromStdString(period.start_date()), Qt::ISODate));
        int count = 0, sum = 0;
        for (int score = 1; score <= 5; ++score) {
            const int n = period.counts_size() >= score ? period.counts(score - 1) : 0;
            *sets[score - 1] << n;
            count += n;
            sum += n * score;
        }
        most = std::max(most, count);
        if (count > 0) average->append(i, static_cast<double>(sum) / count);
    }
    auto* series = new QStackedBarSeries;
    // Very satisfied at the bottom, where the eye starts.
    for (int score = 5; score >= 1; --score) series->append(sets[score - 1]);
    chart->addSeries(series);
    chart->addSeries(average);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(names);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    average->attachAxis(axisX);
    auto* counts = countAxis(most);
    counts->setTitleText(tr("Scores"));
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    auto* scores = new QValueAxis;
    scores->setRange(1, 5);
    scores->setTickCount(5);
    scores->setLabelFormat(QStringLiteral("%.0f"));
    scores->setTitleText(tr("Average"));
    chart->addAxis(scores, Qt::AlignRight);
    average->attachAxis(scores);
    return chart;
}

}  // namespace laoke::ui
