#pragma once

#include "reports/ReportSchedule.h"

#include <QDialog>
#include <QList>
#include <QPair>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace helpdesk {

// Creates or edits one scheduled report: name, dashboard, range and filters, daily or weekly at an hour (UTC),
// recipients (one text, separated by commas or lines), PDF/CSV and enabled. Says what is wrong under the fields
// and offers Save only when the schedule would be accepted.
class ReportScheduleEditor : public QDialog
{
    Q_OBJECT

public:
    explicit ReportScheduleEditor(const QList<QPair<QUuid, QString>>& teams, QWidget* parent = nullptr);

    void setSchedule(const ReportSchedule& schedule);
    // The schedule as entered (id, run times kept from setSchedule()).
    ReportSchedule schedule() const;
    QStringList problems() const { return schedule().problems(); }
    bool canSave() const;

    static QString dashboardTitle(const QString& dashboard);
    static QString rangeTitle(const QString& range);

private:
    void validate();

    ReportSchedule m_original;
    QLineEdit* m_name = nullptr;
    QComboBox* m_dashboard = nullptr;
    QComboBox* m_range = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_team = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_frequency = nullptr;
    QComboBox* m_weekday = nullptr;
    QSpinBox* m_hour = nullptr;
    QPlainTextEdit* m_recipients = nullptr;
    QComboBox* m_format = nullptr;
    QCheckBox* m_enabled = nullptr;
    QLabel* m_problems = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace helpdesk
