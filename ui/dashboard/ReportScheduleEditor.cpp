#include "ui/dashboard/ReportScheduleEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>

namespace helpdesk {

QString ReportScheduleEditor::dashboardTitle(const QString& dashboard)
{
    if (dashboard == QLatin1String("ticket_volume"))
        return tr("Ticket volume");
    if (dashboard == QLatin1String("agent_performance"))
        return tr("Agent performance");
    if (dashboard == QLatin1String("sla_compliance"))
        return tr("SLA compliance");
    if (dashboard == QLatin1String("backlog"))
        return tr("Backlog");
    if (dashboard == QLatin1String("response_times"))
        return tr("Response times");
    if (dashboard == QLatin1String("ai_acceptance"))
        return tr("AI suggestions");
    return dashboard;
}

QString ReportScheduleEditor::rangeTitle(const QString& range)
{
    if (range == QLatin1String("7d"))
        return tr("Last 7 days");
    if (range == QLatin1String("30d"))
        return tr("Last 30 days");
    if (range == QLatin1String("quarter"))
        return tr("Quarter (90 days)");
    if (range == QLatin1String("custom"))
        return tr("Custom");
    return range;
}

ReportScheduleEditor::ReportScheduleEditor(const QList<QPair<QUuid, QString>>& teams, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("reportScheduleEditor"));
    setWindowTitle(tr("Scheduled report"));
    auto* form = new QFormLayout(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("scheduleName"));
    m_name->setMaxLength(200);
    m_dashboard = new QComboBox(this);
    m_dashboard->setObjectName(QStringLiteral("scheduleDashboard"));
    for (const QString& d : ReportSchedule::dashboards())
        m_dashboard->addItem(dashboardTitle(d), d);
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("scheduleRange"));
    for (const QString& r : ReportSchedule::ranges())
        m_range->addItem(rangeTitle(r), r);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("scheduleFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("scheduleTo"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    m_from->setDate(today.addDays(-7));
    m_to->setDate(today.addDays(-1));
    m_team = new QComboBox(this);
    m_team->setObjectName(QStringLiteral("scheduleTeam"));
    m_team->addItem(tr("All teams"));
    for (const auto& t : teams)
        m_team->addItem(t.second, t.first);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("scheduleChannel"));
    m_channel->addItem(tr("All channels"));
    for (const char* c : {"desktop", "email", "web", "api", "chat"})
        m_channel->addItem(QString::fromLatin1(c), QString::fromLatin1(c));
    m_frequency = new QComboBox(this);
    m_frequency->setObjectName(QStringLiteral("scheduleFrequency"));
    m_frequency->addItem(tr("Daily"), QStringLiteral("daily"));
    m_frequency->addItem(tr("Weekly"), QStringLiteral("weekly"));
    m_weekday = new QComboBox(this);
    m_weekday->setObjectName(QStringLiteral("scheduleWeekday"));
    const QLocale locale;
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(locale.dayName(day), day);
    m_hour = new QSpinBox(this);
    m_hour->setObjectName(QStringLiteral("scheduleHour"));
    m_hour->setRange(0, 23);
    m_hour->setSuffix(tr(":00 UTC"));
    m_recipients = new QPlainTextEdit(this);
    m_recipients->setObjectName(QStringLiteral("scheduleRecipients"));
    m_recipients->setPlaceholderText(tr("manager@example.com, lead@example.com"));
    m_recipients->setTabChangesFocus(true);
    m_recipients->setMaximumHeight(80);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("scheduleFormat"));
    m_format->addItem(tr("PDF and CSV"), QStringLiteral("both"));
    m_format->addItem(tr("PDF"), QStringLiteral("pdf"));
    m_format->addItem(tr("CSV"), QStringLiteral("csv"));
    m_enabled = new QCheckBox(tr("Send on schedule"), this);
    m_enabled->setObjectName(QStringLiteral("scheduleEnabled"));
    m_enabled->setChecked(true);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("scheduleProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #dc2626;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("scheduleButtons"));

    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Dashboard"), m_dashboard);
    form->addRow(tr("Date range"), m_range);
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    form->addRow(tr("Team"), m_team);
    form->addRow(tr("Channel"), m_channel);
    form->addRow(tr("Frequency"), m_frequency);
    form->addRow(tr("Weekday"), m_weekday);
    form->addRow(tr("Time"), m_hour);
    form->addRow(tr("Recipients"), m_recipients);
    form->addRow(tr("Attach"), m_format);
    form->addRow(QString(), m_enabled);
    form->addRow(m_problems);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canSave())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QComboBox* box : {m_dashboard, m_range, m_team, m_channel, m_frequency, m_weekday, m_format})
        connect(box, &QComboBox::currentIndexChanged, this, &ReportScheduleEditor::validate);
    connect(m_name, &QLineEdit::textChanged, this, &ReportScheduleEditor::validate);
    connect(m_recipients, &QPlainTextEdit::textChanged, this, &ReportScheduleEditor::validate);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportScheduleEditor::validate);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportScheduleEditor::validate);
    connect(m_hour, &QSpinBox::valueChanged, this, &ReportScheduleEditor::validate);
    setSchedule(ReportSchedule{});
}

void ReportScheduleEditor::setSchedule(const ReportSchedule& s)
{
    m_original = s;
    m_name->setText(s.name);
    m_dashboard->setCurrentIndex(std::max(0, m_dashboard->findData(s.dashboard)));
    m_range->setCurrentIndex(std::max(0, m_range->findData(s.range)));
    if (s.from)
        m_from->setDate(s.from->toDateTime().date());
    if (s.to)
        m_to->setDate(s.to->toDateTime().addMSecs(-1).date());
    m_team->setCurrentIndex(s.team ? std::max(0, m_team->findData(*s.team)) : 0);
    m_channel->setCurrentIndex(s.channel ? std::max(0, m_channel->findData(*s.channel)) : 0);
    m_frequency->setCurrentIndex(std::max(0, m_frequency->findData(s.frequency)));
    m_weekday->setCurrentIndex(std::max(0, m_weekday->findData(s.weekday.value_or(1))));
    m_hour->setValue(s.hourUtc);
    m_recipients->setPlainText(s.recipients.join(QStringLiteral(", ")));
    m_format->setCurrentIndex(std::max(0, m_format->findData(s.format)));
    m_enabled->setChecked(s.enabled);
    validate();
}

ReportSchedule ReportScheduleEditor::schedule() const
{
    ReportSchedule s = m_original;
    s.name = m_name->text().trimmed();
    s.dashboard = m_dashboard->currentData().toString();
    s.range = m_range->currentData().toString();
    if (s.range == QLatin1String("custom")) {
        s.from = Timestamp::fromDateTime(QDateTime(m_from->date(), QTime(0, 0), QTimeZone::utc()));
        s.to = Timestamp::fromDateTime(QDateTime(m_to->date().addDays(1), QTime(0, 0), QTimeZone::utc()));
    } else {
        s.from.reset();
        s.to.reset();
    }
    s.team = m_team->currentIndex() > 0 ? std::optional<QUuid>(m_team->currentData().toUuid()) : std::nullopt;
    s.channel =
        m_channel->currentIndex() > 0 ? std::optional<QString>(m_channel->currentData().toString()) : std::nullopt;
    s.frequency = m_frequency->currentData().toString();
    s.weekday =
        s.frequency == QLatin1String("weekly") ? std::optional<int>(m_weekday->currentData().toInt()) : std::nullopt;
    s.hourUtc = m_hour->value();
    s.recipients = ReportSchedule::splitRecipients(m_recipients->toPlainText());
    s.format = m_format->currentData().toString();
    s.enabled = m_enabled->isChecked();
    return s;
}

bool ReportScheduleEditor::canSave() const
{
    return problems().isEmpty();
}

void ReportScheduleEditor::validate()
{
    const bool custom = m_range->currentData().toString() == QLatin1String("custom");
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    m_weekday->setEnabled(m_frequency->currentData().toString() == QLatin1String("weekly"));
    const QStringList problems = schedule().problems();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problems.isEmpty());
}

} // namespace helpdesk
