#pragma once

#include "core/Json.h"

#include <QString>
#include <QWidget>
#include <array>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace helpdesk {

// Business hours as weekly windows: one line per weekday ("09:00-12:00, 13:00-17:00"; empty = closed) or
// around the clock. Reads and writes the sla_policies.business_hours object
// ({"mon": [["09:00", "17:00"]], ...}; {} = 24/7) and says in words what is wrong with a line.
class BusinessHoursEditor : public QWidget
{
    Q_OBJECT
public:
    explicit BusinessHoursEditor(QWidget* parent = nullptr);

    void setHours(const Json& businessHours);
    // The object to store; only meaningful when problem() is empty.
    Json hours() const;
    // The first thing wrong (bad time, end before start, overlapping windows, no window at all), or empty.
    QString problem() const;
    bool aroundTheClock() const;

    // One day's line → [["HH:MM","HH:MM"], ...] sorted; *problem says why not (empty line: no windows).
    static Json parseDay(const QString& line, QString* problem);
    // [["09:00","17:00"], ...] → "09:00-17:00, ..."
    static QString formatDay(const Json& windows);
    // The keys of the object, Monday first.
    static const std::array<const char*, 7>& dayKeys();

signals:
    void changed();

private:
    QString dayName(int day) const;
    void updateState();

    QCheckBox* m_allDay = nullptr;
    std::array<QLineEdit*, 7> m_days{};
    QLabel* m_problem = nullptr;
};

} // namespace helpdesk
