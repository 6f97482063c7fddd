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
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPointer>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTimeZone>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace helpdesk {

namespace {

constexpr int reportCount = 7; // source calls per refresh()
const char* const kStateLabel = "stateLabel";

bool darkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QDateTime utc(Timestamp t)
{
    return t.toDateTime();
}

QString dayText(Timestamp t)
{
    return utc(t).date().toString(Qt::ISODate);
}

QString number1(std::optional<double> value)
{
    return value ? QString::number(*value, 'f', 1) : QString();
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
            QToolTip::showText(
                QCursor::pos(),
                QStringLiteral("%1 — %2: %3").arg(set->label(), categories.at(index)).arg(set->at(index)));
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

// A UTC bucket axis over [first, last] bucket (one bucket wide when there is only one).
QDateTimeAxis* bucketAxis(QObject* parent, const std::vector<Timestamp>& buckets, ReportBucket bucket)
{
    auto* axis = new QDateTimeAxis(parent);
    axis->setFormat(bucket == ReportBucket::Month ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM d"));
    if (buckets.size() >= 2 && buckets.size() <= 12)
        axis->setTickCount(static_cast<int>(buckets.size()));
    else if (buckets.size() > 12)
        axis->setTickCount(7);
    if (!buckets.empty()) {
        const Timestamp first = buckets.front();
        const Timestamp last = buckets.size() > 1 ? buckets.back() : ReportMath::nextBucket(first, bucket);
        axis->setRange(utc(first), utc(last));
    }
    return axis;
}

QString channelTitle(const QString& wire)
{
    if (wire == QLatin1String("desktop"))
        return DashboardView::tr("Desktop");
    if (wire == QLatin1String("email"))
        return DashboardView::tr("E-mail");
    if (wire == QLatin1String("web"))
        return DashboardView::tr("Web");
    if (wire == QLatin1String("api"))
        return DashboardView::tr("API");
    if (wire == QLatin1String("chat"))
        return DashboardView::tr("Chat");
    return wire;
}

} // namespace

DashboardView::DashboardView(ReportSource& source, QWidget* parent)
    : QWidget(parent)
    , m_source(source)
    , m_now([] { return Timestamp::fromDateTime(QDateTime::currentDateTimeUtc()); })
{
    setObjectName(QStringLiteral("dashboardView"));
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        readFilterControls();
        refresh();
    });

    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_rangeBox = new QComboBox(this);
    m_rangeBox->setObjectName(QStringLiteral("rangeBox"));
    m_rangeBox->addItem(tr("Today"), static_cast<int>(ReportRange::Today));
    m_rangeBox->addItem(tr("Last 7 days"), static_cast<int>(ReportRange::Last7Days));
    m_rangeBox->addItem(tr("Last 30 days"), static_cast<int>(ReportRange::Last30Days));
    m_rangeBox->addItem(tr("Quarter (90 days)"), static_cast<int>(ReportRange::Quarter));
    m_rangeBox->addItem(tr("Custom"), static_cast<int>(ReportRange::Custom));
    m_rangeBox->setToolTip(tr("Date range (UTC)"));
    m_fromEdit = new QDateEdit(this);
    m_fromEdit->setObjectName(QStringLiteral("fromDate"));
    m_fromEdit->setCalendarPopup(true);
    m_fromEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_toEdit = new QDateEdit(this);
    m_toEdit->setObjectName(QStringLiteral("toDate"));
    m_toEdit->setCalendarPopup(true);
    m_toEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_bucketBox = new QComboBox(this);
    m_bucketBox->setObjectName(QStringLiteral("bucketBox"));
    m_bucketBox->addItem(tr("By day"), static_cast<int>(ReportBucket::Day));
    m_bucketBox->addItem(tr("By week"), static_cast<int>(ReportBucket::Week));
    m_bucketBox->addItem(tr("By month"), static_cast<int>(ReportBucket::Month));
    m_teamBox = new QComboBox(this);
    m_teamBox->setObjectName(QStringLiteral("teamBox"));
    m_teamBox->addItem(tr("All teams"));
    m_channelBox = new QComboBox(this);
    m_channelBox->setObjectName(QStringLiteral("channelBox"));
    m_channelBox->addItem(tr("All channels"));
    for (const char* channel : {"desktop", "email", "web", "api", "chat"})
        m_channelBox->addItem(channelTitle(QString::fromLatin1(channel)), QString::fromLatin1(channel));
    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setObjectName(QStringLiteral("sourceLabel"));
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setVisible(false);
    filters->addWidget(m_rangeBox);
    filters->addWidget(m_fromEdit);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_toEdit);
    filters->addWidget(m_bucketBox);
    filters->addWidget(m_teamBox);
    filters->addWidget(m_channelBox);
    filters->addStretch();
    filters->addWidget(m_sourceLabel);
    layout->addLayout(filters);
    layout->addWidget(m_errorLabel);

    auto* grid = new QGridLayout;
    m_volumeView = addChart(QStringLiteral("volumeChart"), tr("Created vs solved"));
    m_slaView = addChart(QStringLiteral("slaChart"), tr("SLA compliance"));
    m_backlogView = addChart(QStringLiteral("backlogChart"), tr("Backlog by status"));
    m_responseView = addChart(QStringLiteral("responseChart"), tr("Response times"));
    m_priorityView = addChart(QStringLiteral("priorityChart"), tr("Backlog by priority"));
    m_channelView = addChart(QStringLiteral("channelChart"), tr("Backlog by channel"));
    m_aiView = addChart(QStringLiteral("aiChart"), tr("AI suggestions"));
    grid->addWidget(m_volumeView, 0, 0);
    grid->addWidget(m_slaView, 0, 1);
    grid->addWidget(m_backlogView, 1, 0);
    grid->addWidget(m_responseView, 1, 1);
    grid->addWidget(m_priorityView, 2, 0);
    grid->addWidget(m_channelView, 2, 1);
    grid->addWidget(m_aiView, 3, 0);

    m_agentTable = new QTableWidget(0, 7, this);
    m_agentTable->setObjectName(QStringLiteral("agentTable"));
    m_agentTable->setHorizontalHeaderLabels({tr("Agent"), tr("Assigned"), tr("Solved"), tr("1st response (min)"),
                                             tr("Resolution (min)"), tr("SLA met %"), tr("CSAT")});
    m_agentTable->horizontalHeaderItem(3)->setToolTip(tr("Median minutes from creation to the first agent reply"));
    m_agentTable->horizontalHeaderItem(4)->setToolTip(tr("Median minutes from creation to solved"));
    m_agentTable->horizontalHeaderItem(5)->setToolTip(tr("Share of the agent's SLA tickets that met both targets"));
    m_agentTable->horizontalHeaderItem(6)->setToolTip(
        tr("Average customer rating (1-5) of the agent's rated tickets, with how many were rated"));
    m_agentTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_agentTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agentTable->verticalHeader()->setVisible(false);
    m_agentTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_agentTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_agentTable->setToolTip(tr("Double-click an agent to open their tickets"));
    m_agentTable->setMinimumSize(320, 220);
    grid->addWidget(m_agentTable, 3, 1);
    layout->addLayout(grid, 1);

    connect(m_agentTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const QTableWidgetItem* item = m_agentTable->item(row, 0);
        if (!item)
            return;
        QueueDrillDown d = baseDrillDown();
        d.assignee = item->data(Qt::UserRole).toUuid();
        emit drillDown(d);
    });

    const auto changed = [this] {
        if (!m_settingControls)
            scheduleRefresh();
    };
    connect(m_rangeBox, &QComboBox::currentIndexChanged, this, [this, changed] {
        if (m_settingControls)
            return;
        m_range = static_cast<ReportRange>(m_rangeBox->currentData().toInt());
        updateDateControls();
        changed();
    });
    connect(m_fromEdit, &QDateEdit::dateChanged, this, changed);
    connect(m_toEdit, &QDateEdit::dateChanged, this, changed);
    connect(m_bucketBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_teamBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_channelBox, &QComboBox::currentIndexChanged, this, changed);

    m_settingControls = true;
    m_rangeBox->setCurrentIndex(m_rangeBox->findData(static_cast<int>(m_range)));
    m_settingControls = false;
    updateDateControls();
    readFilterControls();
}

QChartView* DashboardView::addChart(const QString& objectName, const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    auto* view = new QChartView(chart, this);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 220);
    // Empty and error states: a sentence over the chart.
    auto* overlay = new QVBoxLayout(view);
    auto* state = new QLabel(view);
    state->setObjectName(QString::fromLatin1(kStateLabel));
    state->setAlignment(Qt::AlignCenter);
    state->setWordWrap(true);
    state->setAttribute(Qt::WA_TransparentForMouseEvents);
    state->setVisible(false);
    overlay->addWidget(state);
    styleChart(chart);
    return view;
}

void DashboardView::styleChart(QChart* chart) const
{
    const QPalette& p = palette();
    const QColor text = p.color(QPalette::WindowText);
    const QColor muted = p.color(QPalette::PlaceholderText);
    chart->setTheme(darkPalette(p) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(p.color(QPalette::Base));
    chart->setBackgroundRoundness(4);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(muted.lighter(darkPalette(p) ? 80 : 150));
    }
}

void DashboardView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        for (QChartView* view : chartViews())
            styleChart(view->chart());
        showAll(); // series colours come from the chart theme
    }
}

void DashboardView::setNow(std::function<Timestamp()> now)
{
    m_now = std::move(now);
    updateDateControls();
    readFilterControls();
}

void DashboardView::setTeams(const QList<QPair<QUuid, QString>>& teams, bool allowAll)
{
    m_settingControls = true;
    const QVariant current = m_teamBox->currentData();
    m_teamBox->clear();
    if (allowAll || teams.isEmpty())
        m_teamBox->addItem(allowAll ? tr("All teams") : tr("No team"));
    for (const auto& team : teams)
        m_teamBox->addItem(team.second, team.first);
    const int again = current.isValid() ? m_teamBox->findData(current) : -1;
    m_teamBox->setCurrentIndex(std::max(0, again));
    m_settingControls = false;
    readFilterControls();
}

void DashboardView::setVisibleAgents(std::optional<QSet<QUuid>> agents)
{
    m_visibleAgents = std::move(agents);
    showAgents();
}

void DashboardView::setRange(ReportRange range)
{
    m_range = range;
    m_settingControls = true;
    m_rangeBox->setCurrentIndex(m_rangeBox->findData(static_cast<int>(range)));
    m_settingControls = false;
    updateDateControls();
    readFilterControls();
    refresh();
}

void DashboardView::updateDateControls()
{
    const bool custom = m_range == ReportRange::Custom;
    m_fromEdit->setEnabled(custom);
    m_toEdit->setEnabled(custom);
    if (custom)
        return;
    const ReportFilter preset = ReportFilter::forRange(m_range, m_now());
    m_settingControls = true;
    m_fromEdit->setDate(utc(preset.from).date());
    m_toEdit->setDate(utc(preset.to).addMSecs(-1).date());
    // A quarter reads better by week; shorter ranges by day.
    m_bucketBox->setCurrentIndex(m_bucketBox->findData(
        static_cast<int>(m_range == ReportRange::Quarter ? ReportBucket::Week : ReportBucket::Day)));
    m_settingControls = false;
}

void DashboardView::setFilter(const ReportFilter& filter)
{
    m_settingControls = true;
    m_range = ReportRange::Custom;
    m_rangeBox->setCurrentIndex(m_rangeBox->findData(static_cast<int>(ReportRange::Custom)));
    m_fromEdit->setDate(utc(filter.from).date());
    m_toEdit->setDate(utc(filter.to).addMSecs(-1).date());
    m_bucketBox->setCurrentIndex(m_bucketBox->findData(static_cast<int>(filter.bucket)));
    m_teamBox->setCurrentIndex(filter.team ? std::max(0, m_teamBox->findData(*filter.team)) : 0);
    m_channelBox->setCurrentIndex(filter.channel ? std::max(0, m_channelBox->findData(*filter.channel)) : 0);
    m_settingControls = false;
    updateDateControls();
    m_filter = filter;
}

void DashboardView::scheduleRefresh()
{
    m_refreshTimer.start();
}

void DashboardView::readFilterControls()
{
    ReportFilter f;
    if (m_range == ReportRange::Custom) {
        QDate from = m_fromEdit->date();
        QDate to = m_toEdit->date();
        if (to < from)
            std::swap(from, to);
        f.from = Timestamp::fromDateTime(QDateTime(from, QTime(0, 0), QTimeZone::utc()));
        f.to = Timestamp::fromDateTime(QDateTime(to.addDays(1), QTime(0, 0), QTimeZone::utc()));
    } else {
        f = ReportFilter::forRange(m_range, m_now());
    }
    f.bucket = static_cast<ReportBucket>(m_bucketBox->currentData().toInt());
    const QVariant team = m_teamBox->currentData();
    if (team.isValid())
        f.team = team.toUuid();
    if (m_channelBox->currentIndex() > 0)
        f.channel = m_channelBox->currentData().toString();
    m_filter = f;
}

QString DashboardView::filterSummary() const
{
    const QString range = m_rangeBox->itemText(m_rangeBox->findData(static_cast<int>(m_range)));
    const QString period = tr("%1 to %2").arg(dayText(m_filter.from), dayText(m_filter.to.addMicros(-1)));
    QString team = tr("all");
    if (m_filter.team) {
        const int index = m_teamBox->findData(*m_filter.team);
        team = index >= 0 ? m_teamBox->itemText(index) : m_filter.team->toString(QUuid::WithoutBraces);
    }
    const QString channel = m_filter.channel ? channelTitle(*m_filter.channel) : tr("all");
    const QString bucket = m_bucketBox->itemText(m_bucketBox->findData(static_cast<int>(m_filter.bucket)));
    return tr("%1: %2 (UTC) · Team: %3 · Channel: %4 · %5").arg(range, period, team, channel, bucket.toLower());
}

QList<QChartView*> DashboardView::chartViews() const
{
    return {m_volumeView, m_slaView, m_backlogView, m_responseView, m_priorityView, m_channelView, m_aiView};
}

bool DashboardView::isComplete() const
{
    return m_answered == reportCount;
}

QueueDrillDown DashboardView::baseDrillDown() const
{
    QueueDrillDown d;
    d.team = m_filter.team;
    d.channel = m_filter.channel;
    return d;
}

void DashboardView::refresh()
{
    const int generation = ++m_generation;
    m_answered = 0;
    m_failures.clear();
    m_origin = ReportOrigin::Server;
    QPointer<DashboardView> self(this);
    // Answers of an older refresh() are dropped.
    const auto current = [self, generation] { return self && self->m_generation == generation; };
    const auto take = [this, current](auto& slot, auto r, auto display) {
        if (!current())
            return;
        if (r.ok())
            slot = std::move(r.value().value);
        else
            slot.reset();
        (this->*display)();
        answered(r.ok() ? r.value().origin : ReportOrigin::Server, r.ok() ? QString() : r.error().userMessage());
    };
    m_source.ticketVolume(m_filter, this,
                          [this, take](auto r) { take(m_volume, std::move(r), &DashboardView::showVolume); });
    m_source.backlog(m_filter, this,
                     [this, take](auto r) { take(m_backlog, std::move(r), &DashboardView::showBacklog); });
    m_source.responseTimes(m_filter, this, [this, take](auto r) {
        take(m_responseTimes, std::move(r), &DashboardView::showResponseTimes);
    });
    m_source.slaCompliance(m_filter, this,
                           [this, take](auto r) { take(m_sla, std::move(r), &DashboardView::showSla); });
    m_source.agentPerformance(m_filter, this,
                              [this, take](auto r) { take(m_agents, std::move(r), &DashboardView::showAgents); });
    m_source.csat(m_filter, this, [this, take](auto r) { take(m_csat, std::move(r), &DashboardView::showAgents); });
    m_source.aiAcceptance(m_filter, this, [this, current](auto r) {
        if (!current())
            return;
        // AI figures exist only on the server: offline the chart says so and the rest is not in error.
        m_aiFailure = r.ok() ? QString() : r.error().userMessage();
        if (r.ok())
            m_ai = std::move(r.value().value);
        else
            m_ai.reset();
        showAi();
        answered(r.ok() ? r.value().origin : m_origin, QString());
    });
}

void DashboardView::answered(ReportOrigin origin, const QString& failure)
{
    ++m_answered;
    if (origin == ReportOrigin::Local)
        m_origin = ReportOrigin::Local;
    if (!failure.isEmpty() && !m_failures.contains(failure))
        m_failures.append(failure);
    m_sourceLabel->setText(tr("Figures from: %1").arg(ReportSource::originLabel(m_origin)));
    m_sourceLabel->setToolTip(m_origin == ReportOrigin::Server
                                  ? tr("Every ticket you may see, computed by the server.")
                                  : tr("Computed from the tickets synced to this computer."));
    m_errorLabel->setText(m_failures.join(QLatin1Char('\n')));
    m_errorLabel->setVisible(!m_failures.isEmpty());
    if (m_answered == reportCount)
        emit refreshed();
}

void DashboardView::setChartState(QChartView* view, const QString& text)
{
    auto* label = view->findChild<QLabel*>(QString::fromLatin1(kStateLabel));
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void DashboardView::showAll()
{
    showVolume();
    showSla();
    showBacklog();
    showResponseTimes();
    showAgents();
    showAi();
}

void DashboardView::showVolume()
{
    QChart* chart = m_volumeView->chart();
    clearChart(chart);
    if (!m_volume) {
        setChartState(m_volumeView, tr("These figures could not be loaded."));
        return;
    }
    const std::vector<VolumePoint>& points = *m_volume;
    auto* created = new QLineSeries(chart);
    created->setName(tr("Created"));
    auto* solved = new QLineSeries(chart);
    solved->setName(tr("Solved"));
    std::vector<Timestamp> buckets;
    qint64 top = 1;
    qint64 total = 0;
    for (const VolumePoint& p : points) {
        const auto x = static_cast<qreal>(utc(p.bucketStart).toMSecsSinceEpoch());
        created->append(x, static_cast<qreal>(p.created));
        solved->append(x, static_cast<qreal>(p.solved));
        top = std::max({top, p.created, p.solved});
        total += p.created + p.solved;
        buckets.push_back(p.bucketStart);
    }
    setChartState(m_volumeView, total == 0 ? tr("No tickets were created or solved in this period.") : QString());
    const ReportBucket bucket = m_filter.bucket;
    for (QLineSeries* series : {created, solved}) {
        series->setPointsVisible(true);
        chart->addSeries(series);
        connect(series, &QLineSeries::hovered, series, [series](const QPointF& point, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(),
                                   tr("%1 on %2: %3")
                                       .arg(series->name(), QDateTime::fromMSecsSinceEpoch(
                                                                static_cast<qint64>(point.x()), QTimeZone::utc())
                                                                .date()
                                                                .toString(Qt::ISODate))
                                       .arg(point.y()));
            else
                QToolTip::hideText();
        });
        const bool isCreated = series == created;
        connect(series, &QLineSeries::clicked, this, [this, buckets, bucket, isCreated](const QPointF& point) {
            const Timestamp clicked = Timestamp::fromMicros(static_cast<qint64>(std::llround(point.x())) * 1000);
            for (const Timestamp start : buckets) {
                const Timestamp next = ReportMath::nextBucket(start, bucket);
                if (clicked >= start && clicked < next) {
                    QueueDrillDown d = baseDrillDown();
                    const Timestamp from = std::max(m_filter.from, start);
                    const Timestamp to = std::min(m_filter.to, next);
                    if (isCreated) {
                        d.createdFrom = from;
                        d.createdTo = to;
                    } else {
                        d.solvedFrom = from;
                        d.solvedTo = to;
                    }
                    emit drillDown(d);
                    return;
                }
            }
        });
    }
    auto* x = bucketAxis(chart, buckets, bucket);
    auto* y = countAxis(chart, static_cast<qreal>(top));
    y->setTitleText(tr("Tickets"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* series : {created, solved}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    styleChart(chart);
}

void DashboardView::showBacklog()
{
    if (!m_backlog) {
        for (QChartView* view : {m_backlogView, m_priorityView, m_channelView}) {
            clearChart(view->chart());
            setChartState(view, tr("These figures could not be loaded."));
        }
        return;
    }
    const std::vector<BacklogRow>& rows = *m_backlog;

    // Status: one stacked bar, a segment per status; clicking a segment opens that status.
    QChart* statusChart = m_backlogView->chart();
    clearChart(statusChart);
    auto* stacked = new QStackedBarSeries(statusChart);
    const QStringList backlogCategory{tr("Open work")};
    qreal statusTotal = 0;
    for (const BacklogRow& r : rows) {
        if (r.dimension != QLatin1String("status"))
            continue;
        auto* set = new QBarSet(r.key, stacked);
        *set << static_cast<qreal>(r.tickets);
        statusTotal += static_cast<qreal>(r.tickets);
        addBarTooltips(set, backlogCategory);
        stacked->append(set);
    }
    connect(stacked, &QStackedBarSeries::clicked, this, [this](int, QBarSet* set) {
        QueueDrillDown d = baseDrillDown();
        d.statuses = {set->label()};
        emit drillDown(d);
    });
    statusChart->addSeries(stacked);
    auto* statusX = new QBarCategoryAxis(statusChart);
    statusX->append(backlogCategory);
    auto* statusY = countAxis(statusChart, statusTotal);
    statusChart->addAxis(statusX, Qt::AlignBottom);
    statusChart->addAxis(statusY, Qt::AlignLeft);
    stacked->attachAxis(statusX);
    stacked->attachAxis(statusY);
    styleChart(statusChart);
    setChartState(m_backlogView, statusTotal == 0 ? tr("No open tickets.") : QString());

    // Priority and channel: a bar per key; clicking one opens the open tickets of that key.
    const auto fill = [this, &rows](QChartView* view, const QString& dimension) {
        QChart* chart = view->chart();
        clearChart(chart);
        auto* series = new QBarSeries(chart);
        auto* tickets = new QBarSet(tr("Tickets"), series);
        auto* overdue = new QBarSet(tr("Overdue"), series);
        QStringList keys;
        QStringList categories;
        for (const BacklogRow& r : rows) {
            if (r.dimension != dimension)
                continue;
            keys << r.key;
            categories << (dimension == QLatin1String("channel") ? channelTitle(r.key) : r.key);
            *tickets << static_cast<qreal>(r.tickets);
            *overdue << static_cast<qreal>(r.overdue);
        }
        series->append(tickets);
        series->append(overdue);
        addBarTooltips(tickets, categories);
        addBarTooltips(overdue, categories);
        connect(series, &QBarSeries::clicked, this, [this, keys, dimension](int index, QBarSet*) {
            if (index < 0 || index >= keys.size())
                return;
            QueueDrillDown d = baseDrillDown();
            d.statuses = QueueDrillDown::openStatuses();
            if (dimension == QLatin1String("channel"))
                d.channel = keys.at(index);
            else
                d.priority = keys.at(index);
            emit drillDown(d);
        });
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
        styleChart(chart);
        setChartState(view, top == 0 ? tr("No open tickets.") : QString());
    };
    fill(m_priorityView, QStringLiteral("priority"));
    fill(m_channelView, QStringLiteral("channel"));
}

void DashboardView::showResponseTimes()
{
    QChart* chart = m_responseView->chart();
    clearChart(chart);
    if (!m_responseTimes) {
        chart->setTitle(tr("Response times"));
        setChartState(m_responseView, tr("These figures could not be loaded."));
        return;
    }
    const ResponseTimes& times = *m_responseTimes;
    chart->setTitle(tr("Response times<br><small>first response median %1 / p90 %2 min · resolution median %3 / p90 "
                       "%4 min</small>")
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
    connect(series, &QBarSeries::clicked, this, [this](int, QBarSet*) {
        QueueDrillDown d = baseDrillDown();
        d.createdFrom = m_filter.from;
        d.createdTo = m_filter.to;
        emit drillDown(d);
    });
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis(chart);
    x->append(categories);
    qreal top = 0;
    for (const QBarSet* set : {first, resolution})
        for (int i = 0; i < set->count(); ++i)
            top = std::max(top, set->at(i));
    auto* y = countAxis(chart, top);
    y->setTitleText(tr("Tickets"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    styleChart(chart);
    setChartState(m_responseView, times.firstResponse.measured + times.resolution.measured == 0
                                      ? tr("No first responses or resolutions in this period.")
                                      : QString());
}

void DashboardView::showSla()
{
    QChart* chart = m_slaView->chart();
    clearChart(chart);
    if (!m_sla) {
        setChartState(m_slaView, tr("These figures could not be loaded."));
        return;
    }
    const std::vector<SlaCompliancePoint>& points = *m_sla;
    auto* compliance = new QLineSeries(chart);
    compliance->setName(tr("Met %"));
    auto* breaches = new QScatterSeries(chart);
    breaches->setName(tr("Buckets with breaches"));
    breaches->setMarkerSize(10);
    std::vector<Timestamp> buckets;
    qint64 total = 0;
    for (const SlaCompliancePoint& p : points) {
        buckets.push_back(p.bucketStart);
        total += p.total;
        if (!p.compliancePct)
            continue;
        const auto x = static_cast<qreal>(utc(p.bucketStart).toMSecsSinceEpoch());
        compliance->append(x, *p.compliancePct);
        if (p.breached > 0)
            breaches->append(x, *p.compliancePct);
    }
    compliance->setPointsVisible(true);
    chart->addSeries(compliance);
    chart->addSeries(breaches);
    breaches->setColor(QColor(0xdc, 0x26, 0x26));
    breaches->setBorderColor(QColor(0xdc, 0x26, 0x26));
    const std::vector<SlaCompliancePoint> copy = points;
    const auto tooltip = [copy](const QPointF& point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const auto at = static_cast<qint64>(std::llround(point.x()));
        for (const SlaCompliancePoint& p : copy)
            if (utc(p.bucketStart).toMSecsSinceEpoch() == at) {
                QToolTip::showText(QCursor::pos(), tr("%1: %2% met, %3 of %4 SLA tickets breached")
                                                       .arg(dayText(p.bucketStart), number1(p.compliancePct))
                                                       .arg(p.breached)
                                                       .arg(p.total));
                return;
            }
    };
    connect(breaches, &QScatterSeries::hovered, breaches, tooltip);
    connect(compliance, &QLineSeries::hovered, compliance, tooltip);
    const ReportBucket bucket = m_filter.bucket;
    const auto clicked = [this, bucket](const QPointF& point) {
        const Timestamp start = Timestamp::fromMicros(static_cast<qint64>(std::llround(point.x())) * 1000);
        QueueDrillDown d = baseDrillDown();
        d.createdFrom = std::max(m_filter.from, start);
        d.createdTo = std::min(m_filter.to, ReportMath::nextBucket(start, bucket));
        emit drillDown(d);
    };
    connect(breaches, &QScatterSeries::clicked, this, clicked);
    connect(compliance, &QLineSeries::clicked, this, clicked);
    auto* x = bucketAxis(chart, buckets, bucket);
    auto* y = new QValueAxis(chart);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("Met %"));
    y->setRange(0, 100);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QXYSeries* series : {static_cast<QXYSeries*>(compliance), static_cast<QXYSeries*>(breaches)}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    styleChart(chart);
    setChartState(m_slaView, total == 0 ? tr("No tickets with an SLA in this period.") : QString());
}

void DashboardView::showAgents()
{
    if (!m_agents) {
        m_agentTable->setRowCount(0);
        return;
    }
    std::vector<AgentPerformanceRow> rows;
    for (const AgentPerformanceRow& r : *m_agents)
        if (!m_visibleAgents || m_visibleAgents->contains(r.agentId))
            rows.push_back(r);
    m_agentTable->setRowCount(static_cast<int>(rows.size()));
    QHash<QUuid, CsatRow> csat;
    for (const CsatRow& c : m_csat.value_or(std::vector<CsatRow>{}))
        csat.insert(c.agentId, c);
    int row = 0;
    for (const AgentPerformanceRow& r : rows) {
        const auto rating = csat.constFind(r.agentId);
        const QStringList cells{r.fullName,
                                QString::number(r.assigned),
                                QString::number(r.solved),
                                minutesText(r.medianFirstResponseMinutes),
                                minutesText(r.medianResolutionMinutes),
                                r.slaMetPct ? QString::number(*r.slaMetPct, 'f', 1) : QStringLiteral("–"),
                                rating != csat.constEnd()
                                    ? tr("%1 (%2)").arg(QString::number(rating->average, 'f', 1)).arg(rating->rated)
                                    : QStringLiteral("–")};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            else
                item->setData(Qt::UserRole, r.agentId);
            m_agentTable->setItem(row, column, item);
        }
        ++row;
    }
}

void DashboardView::showAi()
{
    QChart* chart = m_aiView->chart();
    clearChart(chart);
    if (!m_ai) {
        chart->setTitle(tr("AI suggestions"));
        setChartState(m_aiView, m_aiFailure.isEmpty() ? tr("These figures could not be loaded.") : m_aiFailure);
        return;
    }
    auto* series = new QStackedBarSeries(chart);
    auto* accepted = new QBarSet(tr("Accepted"), series);
    auto* edited = new QBarSet(tr("Edited"), series);
    auto* rejected = new QBarSet(tr("Rejected"), series);
    auto* undecided = new QBarSet(tr("Undecided"), series);
    QStringList categories;
    qint64 acc = 0;
    qint64 decided = 0;
    qint64 total = 0;
    qreal top = 0;
    for (const AiAcceptanceRow& r : *m_ai) {
        categories << r.action;
        *accepted << static_cast<qreal>(r.accepted);
        *edited << static_cast<qreal>(r.edited);
        *rejected << static_cast<qreal>(r.rejected);
        *undecided << static_cast<qreal>(r.undecided);
        acc += r.accepted;
        decided += r.accepted + r.edited + r.rejected;
        total += r.suggestions;
        top = std::max(top, static_cast<qreal>(r.suggestions));
    }
    for (QBarSet* set : {accepted, edited, rejected, undecided}) {
        addBarTooltips(set, categories);
        series->append(set);
    }
    chart->setTitle(decided > 0 ? tr("AI suggestions — %1% accepted as suggested")
                                      .arg(QString::number(std::round(1000.0 * acc / decided) / 10.0, 'f', 1))
                                : tr("AI suggestions"));
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis(chart);
    x->append(categories);
    auto* y = countAxis(chart, top);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    styleChart(chart);
    setChartState(m_aiView, total == 0 ? tr("No AI suggestions in this period.") : QString());
}

std::vector<ReportTable> DashboardView::tables() const
{
    std::vector<ReportTable> out;
    if (m_volume) {
        ReportTable t{
            QStringLiteral("volume"), tr("Created vs solved"), {tr("Bucket start"), tr("Created"), tr("Solved")}, {}};
        for (const VolumePoint& p : *m_volume)
            t.rows.push_back({dayText(p.bucketStart), QString::number(p.created), QString::number(p.solved)});
        out.push_back(std::move(t));
    }
    if (m_sla) {
        ReportTable t{QStringLiteral("sla"),
                      tr("SLA compliance"),
                      {tr("Bucket start"), tr("SLA tickets"), tr("Met"), tr("Breached"), tr("Met %"),
                       tr("First response breached"), tr("Resolution breached")},
                      {}};
        for (const SlaCompliancePoint& p : *m_sla)
            t.rows.push_back({dayText(p.bucketStart), QString::number(p.total), QString::number(p.met),
                              QString::number(p.breached), number1(p.compliancePct),
                              QString::number(p.firstResponseBreached), QString::number(p.resolutionBreached)});
        out.push_back(std::move(t));
    }
    if (m_backlog) {
        ReportTable t{QStringLiteral("backlog"),
                      tr("Backlog"),
                      {tr("Dimension"), tr("Key"), tr("Tickets"), tr("Overdue"), tr("Oldest created")},
                      {}};
        for (const BacklogRow& r : *m_backlog)
            t.rows.push_back({r.dimension, r.key, QString::number(r.tickets), QString::number(r.overdue),
                              r.oldestCreatedAt ? r.oldestCreatedAt->toIso() : QString()});
        out.push_back(std::move(t));
    }
    if (m_responseTimes) {
        QStringList header{tr("Metric"), tr("Measured"), tr("Median (min)"), tr("p90 (min)")};
        for (int i = 0; i < ResponseTimeMetric::bucketCount; ++i)
            header << ResponseTimes::bucketLabel(i);
        ReportTable t{QStringLiteral("response_times"), tr("Response times"), header, {}};
        const auto row = [](const QString& name, const ResponseTimeMetric& m) {
            QStringList cells{name, QString::number(m.measured), number1(m.median), number1(m.p90)};
            for (const qint64 n : m.histogram)
                cells << QString::number(n);
            return cells;
        };
        t.rows.push_back(row(tr("First response"), m_responseTimes->firstResponse));
        t.rows.push_back(row(tr("Resolution"), m_responseTimes->resolution));
        out.push_back(std::move(t));
    }
    if (m_agents) {
        ReportTable t{QStringLiteral("agents"), tr("Agents"), {}, {}};
        for (int c = 0; c < m_agentTable->columnCount(); ++c)
            t.header << m_agentTable->horizontalHeaderItem(c)->text();
        for (int r = 0; r < m_agentTable->rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < m_agentTable->columnCount(); ++c) {
                const QString text = m_agentTable->item(r, c) ? m_agentTable->item(r, c)->text() : QString();
                cells << (text == QStringLiteral("–") ? QString() : text);
            }
            t.rows.push_back(cells);
        }
        out.push_back(std::move(t));
    }
    if (m_ai) {
        ReportTable t{QStringLiteral("ai_acceptance"),
                      tr("AI suggestions"),
                      {tr("Action"), tr("Suggestions"), tr("Accepted"), tr("Edited"), tr("Rejected"), tr("Undecided"),
                       tr("Accepted %"), tr("Edited %"), tr("Rejected %")},
                      {}};
        for (const AiAcceptanceRow& r : *m_ai)
            t.rows.push_back({r.action, QString::number(r.suggestions), QString::number(r.accepted),
                              QString::number(r.edited), QString::number(r.rejected), QString::number(r.undecided),
                              number1(r.acceptedPct), number1(r.editedPct), number1(r.rejectedPct)});
        out.push_back(std::move(t));
    }
    return out;
}

} // namespace helpdesk
