#include "ui/admin/BusinessHoursEditor.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <algorithm>
#include <vector>

namespace helpdesk {

namespace {

// "9:00", "09:00", "24:00" → minutes after midnight; -1 when not a time.
int minutesOf(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return -1;
    const int hours = match.captured(1).toInt();
    const int minutes = match.captured(2).toInt();
    if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0))
        return -1;
    return hours * 60 + minutes;
}

QString timeText(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

const std::array<const char*, 7>& BusinessHoursEditor::dayKeys()
{
    static const std::array<const char*, 7> keys{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    return keys;
}

BusinessHoursEditor::BusinessHoursEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("businessHours"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_allDay = new QCheckBox(tr("Around the clock (24/7)"));
    m_allDay->setObjectName(QStringLiteral("hoursAllDay"));
    layout->addWidget(m_allDay);
    auto* form = new QFormLayout;
    for (int day = 0; day < 7; ++day) {
        auto* line = new QLineEdit;
        line->setObjectName(QStringLiteral("hours_%1").arg(QLatin1String(dayKeys()[day])));
        line->setPlaceholderText(tr("Closed — or e.g. 09:00-12:00, 13:00-17:00"));
        connect(line, &QLineEdit::textChanged, this, [this] {
            updateState();
            emit changed();
        });
        m_days[day] = line;
        form->addRow(dayName(day), line);
    }
    layout->addLayout(form);
    auto* presets = new QHBoxLayout;
    auto* weekdays = new QPushButton(tr("Weekdays 9–17"));
    weekdays->setObjectName(QStringLiteral("hoursPresetWeekdays"));
    connect(weekdays, &QPushButton::clicked, this, [this] {
        m_allDay->setChecked(false);
        for (int day = 0; day < 7; ++day)
            m_days[day]->setText(day < 5 ? QStringLiteral("09:00-17:00") : QString());
    });
    presets->addWidget(weekdays);
    presets->addStretch(1);
    layout->addLayout(presets);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("hoursProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c01c28"));
    m_problem->hide();
    layout->addWidget(m_problem);
    connect(m_allDay, &QCheckBox::toggled, this, [this] {
        updateState();
        emit changed();
    });
    updateState();
}

QString BusinessHoursEditor::dayName(int day) const
{
    switch (day) {
    case 0:
        return tr("Monday");
    case 1:
        return tr("Tuesday");
    case 2:
        return tr("Wednesday");
    case 3:
        return tr("Thursday");
    case 4:
        return tr("Friday");
    case 5:
        return tr("Saturday");
    default:
        return tr("Sunday");
    }
}

Json BusinessHoursEditor::parseDay(const QString& line, QString* problem)
{
    problem->clear();
    Json windows = Json::array();
    if (line.trimmed().isEmpty())
        return windows;
    std::vector<std::pair<int, int>> spans;
    static const QRegularExpression separator(QStringLiteral("\\s*[-–—]\\s*"));
    for (const QString& part : line.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts)) {
        const QStringList ends = part.trimmed().split(separator);
        if (ends.size() != 2) {
            *problem = tr("\"%1\" is not a time window; write it as 09:00-17:00.").arg(part.trimmed());
            return Json::array();
        }
        const int start = minutesOf(ends[0]);
        const int end = minutesOf(ends[1]);
        if (start < 0 || end < 0) {
            *problem = tr("\"%1\" has a time that does not exist; use 00:00 to 24:00.").arg(part.trimmed());
            return Json::array();
        }
        if (end <= start) {
            *problem = tr("In \"%1\" the end is not after the start.").arg(part.trimmed());
            return Json::array();
        }
        spans.emplace_back(start, end);
    }
    std::sort(spans.begin(), spans.end());
    for (std::size_t i = 1; i < spans.size(); ++i) {
        if (spans[i].first < spans[i - 1].second) {
            *problem = tr("The windows %1-%2 and %3-%4 overlap.")
                           .arg(timeText(spans[i - 1].first), timeText(spans[i - 1].second), timeText(spans[i].first),
                                timeText(spans[i].second));
            return Json::array();
        }
    }
    for (const auto& [start, end] : spans)
        windows.push_back(Json::array({timeText(start).toStdString(), timeText(end).toStdString()}));
    return windows;
}

QString BusinessHoursEditor::formatDay(const Json& windows)
{
    QStringList parts;
    if (windows.is_array()) {
        for (const Json& window : windows) {
            if (window.is_array() && window.size() == 2 && window[0].is_string() && window[1].is_string())
                parts.append(window[0].get<QString>() + QLatin1Char('-') + window[1].get<QString>());
        }
    }
    return parts.join(QStringLiteral(", "));
}

void BusinessHoursEditor::setHours(const Json& businessHours)
{
    bool any = false;
    for (int day = 0; day < 7; ++day) {
        const Json windows =
            businessHours.is_object() ? businessHours.value(dayKeys()[day], Json::array()) : Json::array();
        const QString line = formatDay(windows);
        any = any || !line.isEmpty();
        const QSignalBlocker blocker(m_days[day]);
        m_days[day]->setText(line);
    }
    {
        const QSignalBlocker blocker(m_allDay);
        m_allDay->setChecked(!any);
    }
    updateState();
}

bool BusinessHoursEditor::aroundTheClock() const
{
    return m_allDay->isChecked();
}

Json BusinessHoursEditor::hours() const
{
    Json object = Json::object();
    if (m_allDay->isChecked())
        return object;
    for (int day = 0; day < 7; ++day) {
        QString problem;
        const Json windows = parseDay(m_days[day]->text(), &problem);
        if (!windows.empty())
            object[dayKeys()[day]] = windows;
    }
    return object;
}

QString BusinessHoursEditor::problem() const
{
    if (m_allDay->isChecked())
        return QString();
    bool any = false;
    for (int day = 0; day < 7; ++day) {
        QString problem;
        const Json windows = parseDay(m_days[day]->text(), &problem);
        if (!problem.isEmpty())
            return tr("%1: %2").arg(dayName(day), problem);
        any = any || !windows.empty();
    }
    if (!any)
        return tr("Add business hours to at least one day, or choose around the clock.");
    return QString();
}

void BusinessHoursEditor::updateState()
{
    for (QLineEdit* line : m_days)
        line->setEnabled(!m_allDay->isChecked());
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

} // namespace helpdesk
