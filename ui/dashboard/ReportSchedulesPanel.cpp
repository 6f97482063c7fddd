#include "ui/dashboard/ReportSchedulesPanel.h"

#include "ui/dashboard/ReportScheduleEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace helpdesk {

ReportSchedulesPanel::ReportSchedulesPanel(ReportSchedules& schedules, QWidget* parent)
    : QWidget(parent)
    , m_schedules(schedules)
{
    setObjectName(QStringLiteral("reportSchedulesPanel"));
    auto* layout = new QVBoxLayout(this);
    m_offline = new QLabel(tr("You are offline. Scheduled reports live on the server: connect to create, change or "
                              "send them."),
                           this);
    m_offline->setObjectName(QStringLiteral("schedulesOffline"));
    m_offline->setWordWrap(true);
    m_offline->setVisible(false);
    layout->addWidget(m_offline);

    auto* buttons = new QHBoxLayout;
    m_new = new QPushButton(tr("New schedule…"), this);
    m_new->setObjectName(QStringLiteral("newSchedule"));
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editSchedule"));
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteSchedule"));
    m_send = new QPushButton(tr("Send now"), this);
    m_send->setObjectName(QStringLiteral("sendScheduleNow"));
    m_send->setToolTip(tr("E-mail this report to its recipients now, whatever its schedule"));
    m_reload = new QPushButton(tr("Reload"), this);
    m_reload->setObjectName(QStringLiteral("reloadSchedules"));
    for (QPushButton* b : {m_new, m_edit, m_delete, m_send})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_reload);
    layout->addLayout(buttons);

    m_table = new QTableWidget(0, 8, this);
    m_table->setObjectName(QStringLiteral("schedulesTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Dashboard"), tr("Range"), tr("When"), tr("Recipients"),
                                        tr("Attach"), tr("Enabled"), tr("Next run (UTC)")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("schedulesStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_new, &QPushButton::clicked, this, &ReportSchedulesPanel::createSchedule);
    connect(m_edit, &QPushButton::clicked, this, &ReportSchedulesPanel::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &ReportSchedulesPanel::deleteSelected);
    connect(m_send, &QPushButton::clicked, this, &ReportSchedulesPanel::sendSelectedNow);
    connect(m_reload, &QPushButton::clicked, this, &ReportSchedulesPanel::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReportSchedulesPanel::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int, int) { editSelected(); });
    updateButtons();
}

void ReportSchedulesPanel::setOnline(bool online)
{
    m_online = online;
    m_offline->setVisible(!online);
    updateButtons();
}

void ReportSchedulesPanel::updateButtons()
{
    const bool selected = selectedRow() >= 0;
    const bool can = m_online && !m_busy;
    m_new->setEnabled(can);
    m_edit->setEnabled(can && selected);
    m_delete->setEnabled(can && selected);
    m_send->setEnabled(can && selected && m_schedules.canSendNow());
    m_reload->setEnabled(can);
    const QString offline = tr("Not available offline");
    for (QPushButton* b : {m_new, m_edit, m_delete, m_send})
        b->setStatusTip(m_online ? QString() : offline);
}

int ReportSchedulesPanel::selectedRow() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ReportSchedulesPanel::selectRow(int row)
{
    m_table->selectRow(row);
}

QString ReportSchedulesPanel::statusText() const
{
    return m_status->text();
}

void ReportSchedulesPanel::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #dc2626;") : QString());
}

void ReportSchedulesPanel::reload()
{
    if (!m_online) {
        setStatus(tr("Offline: the list cannot be loaded."), true);
        emit finished();
        return;
    }
    m_busy = true;
    updateButtons();
    m_schedules.list(this, [this](Result<std::vector<ReportSchedule>> r) {
        m_busy = false;
        if (!r.ok()) {
            setStatus(tr("The scheduled reports could not be loaded: %1").arg(r.error().userMessage()), true);
        } else {
            m_rows = std::move(r).value();
            showRows();
            setStatus(m_rows.empty() ? tr("No scheduled reports yet. Create one to e-mail a dashboard regularly.")
                                     : QString(),
                      false);
        }
        updateButtons();
        emit finished();
    });
}

void ReportSchedulesPanel::showRows()
{
    const QLocale locale;
    m_table->setRowCount(static_cast<int>(m_rows.size()));
    int row = 0;
    for (const ReportSchedule& s : m_rows) {
        const QString when = s.frequency == QLatin1String("weekly")
                                 ? tr("Weekly, %1 %2:00").arg(locale.dayName(s.weekday.value_or(1))).arg(s.hourUtc)
                                 : tr("Daily, %1:00").arg(s.hourUtc);
        const QStringList cells{s.name,
                                ReportScheduleEditor::dashboardTitle(s.dashboard),
                                ReportScheduleEditor::rangeTitle(s.range),
                                when,
                                s.recipients.join(QStringLiteral(", ")),
                                s.format.toUpper(),
                                s.enabled ? tr("Yes") : tr("No"),
                                s.nextRunAt ? s.nextRunAt->toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                            : QStringLiteral("–")};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        ++row;
    }
}

bool ReportSchedulesPanel::runEditor(ReportScheduleEditor& editor)
{
    if (m_editorHook)
        return m_editorHook(editor);
    return editor.exec() == QDialog::Accepted;
}

void ReportSchedulesPanel::createSchedule()
{
    if (!m_online)
        return;
    ReportScheduleEditor editor(m_teams, this);
    if (!runEditor(editor) || !editor.canSave())
        return;
    m_busy = true;
    updateButtons();
    m_schedules.create(editor.schedule(), this, [this](Result<ReportSchedule> r) {
        m_busy = false;
        if (!r.ok()) {
            setStatus(tr("The schedule was not saved: %1").arg(r.error().userMessage()), true);
            updateButtons();
            emit finished();
            return;
        }
        setStatus(tr("Saved “%1”.").arg(r.value().name), false);
        m_rows.push_back(std::move(r).value());
        showRows();
        selectRow(static_cast<int>(m_rows.size()) - 1);
        updateButtons();
        emit finished();
    });
}

void ReportSchedulesPanel::editSelected()
{
    const int row = selectedRow();
    if (!m_online || row < 0)
        return;
    ReportScheduleEditor editor(m_teams, this);
    editor.setSchedule(m_rows.at(static_cast<std::size_t>(row)));
    if (!runEditor(editor) || !editor.canSave())
        return;
    m_busy = true;
    updateButtons();
    m_schedules.update(editor.schedule(), this, [this, row](Result<ReportSchedule> r) {
        m_busy = false;
        if (!r.ok()) {
            setStatus(tr("The schedule was not saved: %1").arg(r.error().userMessage()), true);
        } else {
            setStatus(tr("Saved “%1”.").arg(r.value().name), false);
            if (row < static_cast<int>(m_rows.size()))
                m_rows[static_cast<std::size_t>(row)] = std::move(r).value();
            showRows();
            selectRow(row);
        }
        updateButtons();
        emit finished();
    });
}

void ReportSchedulesPanel::deleteSelected()
{
    const int row = selectedRow();
    if (!m_online || row < 0)
        return;
    const ReportSchedule s = m_rows.at(static_cast<std::size_t>(row));
    const QString question =
        tr("Delete the scheduled report “%1”? Its recipients will no longer receive it.").arg(s.name);
    const bool yes =
        m_confirm ? m_confirm(question)
                  : QMessageBox::question(this, tr("Delete scheduled report"), question,
                                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    if (!yes)
        return;
    m_busy = true;
    updateButtons();
    m_schedules.remove(s.id, this, [this, s](Result<void> r) {
        m_busy = false;
        if (!r.ok()) {
            setStatus(tr("The schedule was not deleted: %1").arg(r.error().userMessage()), true);
        } else {
            std::erase_if(m_rows, [&](const ReportSchedule& x) { return x.id == s.id; });
            showRows();
            setStatus(tr("Deleted “%1”.").arg(s.name), false);
        }
        updateButtons();
        emit finished();
    });
}

void ReportSchedulesPanel::sendSelectedNow()
{
    const int row = selectedRow();
    if (!m_online || row < 0)
        return;
    const ReportSchedule s = m_rows.at(static_cast<std::size_t>(row));
    m_busy = true;
    updateButtons();
    setStatus(tr("Sending “%1”…").arg(s.name), false);
    m_schedules.sendNow(s.id, this, [this, s](Result<QString> r) {
        m_busy = false;
        if (!r.ok())
            setStatus(tr("“%1” was not sent: %2").arg(s.name, r.error().userMessage()), true);
        else if (r.value() == QLatin1String("sent"))
            setStatus(tr("“%1” was sent to %2.").arg(s.name, s.recipients.join(QStringLiteral(", "))), false);
        else
            setStatus(tr("“%1” was not sent: %2").arg(s.name, r.value()), true);
        updateButtons();
        emit finished();
    });
}

} // namespace helpdesk
