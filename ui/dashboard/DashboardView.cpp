#include "ui/dashboard/DashboardView.h"

#include "reports/ReportMath.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPointer>
#include <QPushButton>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTimeZone>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace helpdesk {

namespace {

constexpr int reportCount = 5; // source calls per refresh()

bool darkPalette(const QWidget* widget)
{
    return widget->palette().color(QPalette::Window).lightness() < 128;
}

QDateTime utc(Timestamp t)
{
    return t.toDateTime();
}

QString minutesText(std::optional<double> minutes)
{
    return minutes ? QString::number(*minutes, 'f', 1) : QStringLiteral("–");
}

void clearChart(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
}

// A bar set that shows its value as a tooltip when hovered.
void addBarTooltips(QBarSet* set, const QStringList& categories)
{
    QObject::connect(set, &QBarSet::hovered, set, [set, categories](bool status, int index) {
        if (status && index >= 0 && index < categories.size())
            QToolTip::showText(QCursor::pos(), QStringLiteral("%1 — %2: %3")
                                                   .arg(set->label(), categories.at(index))
                                                   .arg(set->at(index)));
        else
            QToolTip::hideText();
    });
}

// A count axis from 0 with whole-number ticks.
QValueAxis* countAxis(QObject* parent, qreal top)
{
    auto* axis = new QValueAxis(parent);
    const int max = std::max(1, static_cast<int>(std::ceil(top)));
    axis->setRange(0, max);
    axis->setLabelFormat(QStringLiteral("%d"));
    if (max <= 10)
        axis->setTickCount(max + 1);
    else
        axis->applyNiceNumbers();
    return axis;
}

// A UTC bucket axis with one tick per bucket when there are few.
QDateTimeAxis* bucketAxis(QObject* parent, std::size_t buckets)
{
    auto* axis = new QDateTimeAxis(parent);
    axis->setFormat(QStringLiteral("MMM d"));
    if (buckets >= 2 && buckets <= 12)
        axis->setTickCount(static_cast<int>(buckets));
    return axis;
}

} // namespace

DashboardView::DashboardView(ReportSource& source, QWidget* parent) : QWidget(parent), m_source(source)
{
    setObjectName(QStringLiteral("dashboardView"));
    auto* layout = new QVBoxLayout(this);

    auto* filters = new QHBoxLayout;
    m_fromEdit = new QDateEdit(this);
    m_fromEdit->setObjectName(QStringLiteral("fromDate"));
    m_fromEdit->setCalendarPopup(true);
    m_toEdit = new QDateEdit(this);
    m_toEdit->setObjectName(QStringLiteral("toDate"));
    m_toEdit->setCalendarPopup(true);
    m_bucketBox = new QComboBox(this);
    m_bucketBox->setObjectName(QStringLiteral("bucketBox"));
    m_bucketBox->addItem(tr("Day"), static_cast<int>(ReportBucket::Day));
    m_bucketBox->addItem(tr("Week"), static_cast<int>(ReportBucket::Week));
    m_bucketBox->addItem(tr("Month"), static_cast<int>(ReportBucket::Month));
    m_teamBox = new QComboBox(this);
    m_teamBox->setObjectName(QStringLiteral("teamBox"));
    m_teamBox->addItem(tr("All teams"));
    m_channelBox = new QComboBox(this);
    m_channelBox->setObjectName(QStringLiteral("channelBox"));
    m_channelBox->addItem(tr("All channels"));
    for (const char* channel : {"desktop", "email", "web", "api", "chat"})
        m_channelBox->addItem(QString::fromLatin1(channel), QString::fromLatin1(channel));
    auto* apply = new QPushButton(tr("Apply"), this);
    apply->setObjectName(QStringLiteral("applyFilters"));
    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setObjectName(QStringLiteral("sourceLabel"));
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_fromEdit);
    filters->addWidget(new QLabel(tr("To"), this));
    filters->addWidget(m_toEdit);
    filters->addWidget(m_bucketBox);
    filters->addWidget(m_teamBox);
    filters->addWidget(m_channelBox);
    filters->addWidget(apply);
    filters->addStretch();
    filters->addWidget(m_sourceLabel);
    layout->addLayout(filters);

    auto* grid = new QGridLayout;
    m_volumeView = addChart(QStringLiteral("volumeChart"), tr("Created vs solved"));
    m_backlogView = addChart(QStringLiteral("backlogChart"), tr("Backlog by status"));
    m_priorityView = addChart(QStringLiteral("priorityChart"), tr("Backlog by priority"));
    m_channelView = addChart(QStringLiteral("channelChart"), tr("Backlog by channel"));
    m_responseView = addChart(QStringLiteral("responseChart"), tr("Response times"));
    m_slaView = addChart(QStringLiteral("slaChart"), tr("SLA compliance"));
    grid->addWidget(m_volumeView, 0, 0);
    grid->addWidget(m_slaView, 0, 1);
    grid->addWidget(m_backlogView, 1, 0);
    grid->addWidget(m_responseView, 1, 1);
    grid->addWidget(m_priorityView, 2, 0);
    grid->addWidget(m_channelView, 2, 1);
    layout->addLayout(grid, 1);

    m_agentTable = new QTableWidget(0, 6, this);
    m_agentTable->setObjectName(QStringLiteral("agentTable"));
    m_agentTable->setHorizontalHeaderLabels({tr("Agent"), tr("Assigned"), tr("Solved"), tr("Median first response (min)"),
                                             tr("Median resolution (min)"), tr("SLA met %")});
    m_agentTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_agentTable->verticalHeader()->setVisible(false);
    m_agentTable->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_agentTable);

    connect(apply, &QPushButton::clicked, this, [this] {
        readFilterControls();
        refresh();
    });

    const QDate today = QDateTime::currentDateTimeUtc().date();
    ReportFilter initial;
    initial.from = Timestamp::fromDateTime(QDateTime(today.addDays(-29), QTime(0, 0), QTimeZone::utc()));
    initial.to = Timestamp::fromDateTime(QDateTime(today.addDays(1), QTime(0, 0), QTimeZone::utc()));
    setFilter(initial);
}

QChartView* DashboardView::addChart(const QString& objectName, const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setTheme(darkPalette(this) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* view = new QChartView(chart, this);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 220);
    return view;
}

void DashboardView::setTeams(const QList<QPair<QUuid, QString>>& teams)
{
    while (m_teamBox->count() > 1)
        m_teamBox->removeItem(1);
    for (const auto& team : teams)
        m_teamBox->addItem(team.second, team.first);
}

void DashboardView::setFilter(const ReportFilter& filter)
{
    m_filter = filter;
    m_fromEdit->setDate(utc(filter.from).date());
    m_toEdit->setDate(utc(filter.to).addMSecs(-1).date());
    m_bucketBox->setCurrentIndex(m_bucketBox->findData(static_cast<int>(filter.bucket)));
    m_teamBox->setCurrentIndex(filter.team ? std::max(0, m_teamBox->findData(*filter.team)) : 0);
    m_channelBox->setCurrentIndex(filter.channel ? std::max(0, m_channelBox->findData(*filter.channel)) : 0);
}

void DashboardView::readFilterControls()
{
    ReportFilter f;
    f.from = Timestamp::fromDateTime(QDateTime(m_fromEdit->date(), QTime(0, 0), QTimeZone::utc()));
    f.to = Timestamp::fromDateTime(QDateTime(m_toEdit->date().addDays(1), QTime(0, 0), QTimeZone::utc()));
    f.bucket = static_cast<ReportBucket>(m_bucketBox->currentData().toInt());
    if (m_teamBox->currentIndex() > 0)
        f.team = m_teamBox->currentData().toUuid();
    if (m_channelBox->currentIndex() > 0)
        f.channel = m_channelBox->currentData().toString();
    m_filter = f;
}

void DashboardView::refresh()
{
    const int generation = ++m_generation;
    m_answered = 0;
    m_failures.clear();
    QPointer<DashboardView> self(this);
    // Answers of an older refresh() are dropped.
    const auto current = [self, generation] { return self && self->m_generation == generation; };
    m_source.ticketVolume(m_filter, this, [this, current](auto r) {
        if (!current())
            return;
        if (r.ok())
            showVolume(r->value);
        answered(r.ok() ? r->origin : ReportOrigin::Local, r.ok() ? QString() : r.error().userMessage());
    });
    m_source.backlog(m_filter, this, [this, current](auto r) {
        if (!current())
            return;
        if (r.ok())
            showBacklog(r->value);
        answered(r.ok() ? r->origin : ReportOrigin::Local, r.ok() ? QString() : r.error().userMessage());
    });
    m_source.responseTimes(m_filter, this, [this, current](auto r) {
        if (!current())
            return;
        if (r.ok())
            showResponseTimes(r->value);
        answered(r.ok() ? r->origin : ReportOrigin::Local, r.ok() ? QString() : r.error().userMessage());
    });
    m_source.slaCompliance(m_filter, this, [this, current](auto r) {
        if (!current())
            return;
        if (r.ok())
            showSla(r->value);
        answered(r.ok() ? r->origin : ReportOrigin::Local, r.ok() ? QString() : r.error().userMessage());
    });
    m_source.agentPerformance(m_filter, this, [this, current](auto r) {
        if (!current())
            return;
        if (r.ok())
            showAgents(r->value);
        answered(r.ok() ? r->origin : ReportOrigin::Local, r.ok() ? QString() : r.error().userMessage());
    });
}

void DashboardView::answered(ReportOrigin origin, const QString& failure)
{
    ++m_answered;
    if (!failure.isEmpty())
        m_failures.append(failure);
    m_sourceLabel->setText(m_failures.isEmpty() ? tr("Source: %1").arg(ReportSource::originLabel(origin))
                                                : m_failures.constFirst());
    if (m_answered == reportCount)
        emit refreshed();
}

void DashboardView::showVolume(const std::vector<VolumePoint>& points)
{
    QChart* chart = m_volumeView->chart();
    clearChart(chart);
    auto* created = new QLineSeries(chart);
    created->setName(tr("Created"));
    auto* solved = new QLineSeries(chart);
    solved->setName(tr("Solved"));
    m_volumeBuckets.clear();
    qint64 top = 1;
    for (const VolumePoint& p : points) {
        const auto x = static_cast<qreal>(utc(p.bucketStart).toMSecsSinceEpoch());
        created->append(x, static_cast<qreal>(p.created));
        solved->append(x, static_cast<qreal>(p.solved));
        top = std::max({top, p.created, p.solved});
        m_volumeBuckets.push_back(p.bucketStart);
    }
    for (QLineSeries* series : {created, solved}) {
        series->setPointsVisible(true);
        chart->addSeries(series);
        connect(series, &QLineSeries::hovered, series, [series](const QPointF& point, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(),
                                   QStringLiteral("%1 %2: %3")
                                       .arg(series->name(),
                                            QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(point.x()),
                                                                           QTimeZone::utc())
                                                .date()
                                                .toString(Qt::ISODate))
                                       .arg(point.y()));
            else
                QToolTip::hideText();
        });
        connect(series, &QLineSeries::clicked, this, [this](const QPointF& point) {
            const Timestamp clicked = Timestamp::fromMicros(static_cast<qint64>(point.x()) * 1000);
            for (const Timestamp bucket : m_volumeBuckets) {
                const Timestamp next = ReportMath::nextBucket(bucket, m_filter.bucket);
                if (clicked >= bucket && clicked < next) {
                    ReportFilter narrowed = m_filter;
                    narrowed.from = std::max(m_filter.from, bucket);
                    narrowed.to = std::min(m_filter.to, next);
                    narrowed.bucket = ReportBucket::Day;
                    emit drillDown(narrowed);
                    return;
                }
            }
        });
    }
    auto* x = bucketAxis(chart, points.size());
    auto* y = countAxis(chart, static_cast<qreal>(top));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* series : {created, solved}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

void DashboardView::showBacklog(const std::vector<BacklogRow>& rows)
{
    // Status: one stacked bar, a segment per status.
    QChart* statusChart = m_backlogView->chart();
    clearChart(statusChart);
    auto* stacked = new QStackedBarSeries(statusChart);
    const QStringList backlogCategory{tr("Open work")};
    for (const BacklogRow& r : rows) {
        if (r.dimension != QLatin1String("status"))
            continue;
        auto* set = new QBarSet(r.key, stacked);
        *set << static_cast<qreal>(r.tickets);
        addBarTooltips(set, backlogCategory);
        stacked->append(set);
    }
    statusChart->addSeries(stacked);
    auto* statusX = new QBarCategoryAxis(statusChart);
    statusX->append(backlogCategory);
    qreal statusTotal = 0;
    for (QBarSet* set : stacked->barSets())
        statusTotal += set->at(0);
    auto* statusY = countAxis(statusChart, statusTotal);
    statusChart->addAxis(statusX, Qt::AlignBottom);
    statusChart->addAxis(statusY, Qt::AlignLeft);
    stacked->attachAxis(statusX);
    stacked->attachAxis(statusY);

    // Priority and channel: a bar per key; clicking one narrows the filter to it where the filter can.
    const auto fill = [this, &rows](QChartView* view, const char* dimension) {
        QChart* chart = view->chart();
        clearChart(chart);
        auto* series = new QBarSeries(chart);
        auto* tickets = new QBarSet(tr("Tickets"), series);
        auto* overdue = new QBarSet(tr("Overdue"), series);
        QStringList categories;
        for (const BacklogRow& r : rows) {
            if (r.dimension != QLatin1String(dimension))
                continue;
            categories << r.key;
            *tickets << static_cast<qreal>(r.tickets);
            *overdue << static_cast<qreal>(r.overdue);
        }
        series->append(tickets);
        series->append(overdue);
        addBarTooltips(tickets, categories);
        addBarTooltips(overdue, categories);
        if (QLatin1String(dimension) == QLatin1String("channel")) {
            connect(series, &QBarSeries::clicked, this, [this, categories](int index, QBarSet*) {
                if (index < 0 || index >= categories.size())
                    return;
                ReportFilter narrowed = m_filter;
                narrowed.channel = categories.at(index);
                emit drillDown(narrowed);
            });
        }
        chart->addSeries(series);
        auto* x = new QBarCategoryAxis(chart);
        x->append(categories);
        qreal top = 0;
        for (int i = 0; i < tickets->count(); ++i)
            top = std::max(top, tickets->at(i));
        auto* y = countAxis(chart, top);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
    };
    fill(m_priorityView, "priority");
    fill(m_channelView, "channel");
}

void DashboardView::showResponseTimes(const ResponseTimes& times)
{
    QChart* chart = m_responseView->chart();
    clearChart(chart);
    chart->setTitle(tr("Response times — first response median %1 / p90 %2 min; resolution median %3 / p90 %4 min")
                        .arg(minutesText(times.firstResponse.median), minutesText(times.firstResponse.p90),
                             minutesText(times.resolution.median), minutesText(times.resolution.p90)));
    auto* series = new QBarSeries(chart);
    auto* first = new QBarSet(tr("First response"), series);
    auto* resolution = new QBarSet(tr("Resolution"), series);
    QStringList categories;
    for (int i = 0; i < ResponseTimeMetric::bucketCount; ++i) {
        categories << ResponseTimes::bucketLabel(i);
        *first << static_cast<qreal>(times.firstResponse.histogram[static_cast<std::size_t>(i)]);
        *resolution << static_cast<qreal>(times.resolution.histogram[static_cast<std::size_t>(i)]);
    }
    series->append(first);
    series->append(resolution);
    addBarTooltips(first, categories);
    addBarTooltips(resolution, categories);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis(chart);
    x->append(categories);
    qreal top = 0;
    for (const QBarSet* set : {first, resolution})
        for (int i = 0; i < set->count(); ++i)
            top = std::max(top, set->at(i));
    auto* y = countAxis(chart, top);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

void DashboardView::showSla(const std::vector<SlaCompliancePoint>& points)
{
    QChart* chart = m_slaView->chart();
    clearChart(chart);
    auto* compliance = new QLineSeries(chart);
    compliance->setName(tr("Met %"));
    auto* breaches = new QScatterSeries(chart);
    breaches->setName(tr("Buckets with breaches"));
    breaches->setColor(QColor(0xdc, 0x26, 0x26));
    breaches->setMarkerSize(10);
    for (const SlaCompliancePoint& p : points) {
        if (!p.compliancePct)
            continue;
        const auto x = static_cast<qreal>(utc(p.bucketStart).toMSecsSinceEpoch());
        compliance->append(x, *p.compliancePct);
        if (p.breached > 0)
            breaches->append(x, *p.compliancePct);
    }
    chart->addSeries(compliance);
    chart->addSeries(breaches);
    connect(breaches, &QScatterSeries::hovered, breaches, [](const QPointF& point, bool state) {
        if (state)
            QToolTip::showText(QCursor::pos(), tr("%1% met").arg(point.y()));
        else
            QToolTip::hideText();
    });
    auto* x = bucketAxis(chart, points.size());
    auto* y = new QValueAxis(chart);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("Met %"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    if (!points.empty())
        x->setRange(utc(points.front().bucketStart), utc(points.back().bucketStart));
    y->setRange(0, 100);
    for (QXYSeries* series : {static_cast<QXYSeries*>(compliance), static_cast<QXYSeries*>(breaches)}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

void DashboardView::showAgents(const std::vector<AgentPerformanceRow>& rows)
{
    m_agentTable->setRowCount(static_cast<int>(rows.size()));
    int row = 0;
    for (const AgentPerformanceRow& r : rows) {
        const QStringList cells{r.fullName,
                                QString::number(r.assigned),
                                QString::number(r.solved),
                                minutesText(r.medianFirstResponseMinutes),
                                minutesText(r.medianResolutionMinutes),
                                r.slaMetPct ? QString::number(*r.slaMetPct, 'f', 1) : QStringLiteral("–")};
        for (int column = 0; column < cells.size(); ++column)
            m_agentTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        ++row;
    }
}

} // namespace helpdesk
