#include "ui/admin/SlaPoliciesPage.h"

#include "sync/SyncEngine.h"
#include "ui/IconSet.h"
#include "ui/MessageBox.h"
#include "ui/UserWorkspace.h"
#include "ui/admin/BusinessHoursEditor.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace helpdesk {

namespace {

const TicketPriority kPriorities[] = {TicketPriority::Urgent, TicketPriority::High, TicketPriority::Normal,
                                      TicketPriority::Low};

QString text(const Json& row, const char* key)
{
    const auto it = row.find(key);
    return it != row.end() && it->is_string() ? it->get<QString>() : QString();
}

int number(const Json& row, const char* key)
{
    const auto it = row.find(key);
    return it != row.end() && it->is_number_integer() ? it->get<int>() : 0;
}

constexpr int kMaxMinutes = 366 * 24 * 60;

} // namespace

SlaPoliciesPage::SlaPoliciesPage(UserWorkspace& workspace, const IconSet& icons, QWidget* parent)
    : AdminPage(workspace, icons, parent)
{
    setObjectName(QStringLiteral("adminSlaPage"));
    contentLayout()->addWidget(new QLabel(tr("<h2>SLA policies</h2>")));
    auto* hint = new QLabel(tr("One policy per priority. Targets count business minutes in the policy's time zone; "
                               "the resolution clock pauses while a ticket is pending or on hold."));
    hint->setWordWrap(true);
    contentLayout()->addWidget(hint);

    m_table = new QTableWidget(4, 5);
    m_table->setObjectName(QStringLiteral("slaTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Priority"), tr("Policy"), tr("First response"), tr("Resolution"), tr("Business hours")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMaximumHeight(m_table->verticalHeader()->defaultSectionSize() * 5 + 8);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < 4 && kPriorities[row] != m_priority) {
            m_priority = kPriorities[row];
            setEdited(false);
            showPolicy();
        }
    });
    contentLayout()->addWidget(m_table);

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* editor = new QWidget;
    auto* editorLayout = new QVBoxLayout(editor);
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("slaHeading"));
    editorLayout->addWidget(m_heading);
    auto* form = new QFormLayout;
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("slaName"));
    form->addRow(tr("&Name"), m_name);
    m_firstResponse = new QSpinBox;
    m_firstResponse->setObjectName(QStringLiteral("slaFirstResponse"));
    m_firstResponse->setRange(0, kMaxMinutes);
    m_firstResponse->setSuffix(tr(" min"));
    m_firstResponse->setSingleStep(15);
    form->addRow(tr("&First response within"), m_firstResponse);
    m_resolution = new QSpinBox;
    m_resolution->setObjectName(QStringLiteral("slaResolution"));
    m_resolution->setRange(0, kMaxMinutes);
    m_resolution->setSuffix(tr(" min"));
    m_resolution->setSingleStep(60);
    form->addRow(tr("&Resolution within"), m_resolution);
    m_timeZone = new QComboBox;
    m_timeZone->setObjectName(QStringLiteral("slaTimeZone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray& zone : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(zone));
    if (m_timeZone->findText(QStringLiteral("UTC")) < 0)
        m_timeZone->insertItem(0, QStringLiteral("UTC"));
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    form->addRow(tr("&Time zone"), m_timeZone);
    m_active = new QCheckBox(tr("Applies to new tickets"));
    m_active->setObjectName(QStringLiteral("slaActive"));
    form->addRow(QString(), m_active);
    editorLayout->addLayout(form);
    auto* hoursBox = new QGroupBox(tr("Business hours"));
    auto* hoursLayout = new QVBoxLayout(hoursBox);
    m_hours = new BusinessHoursEditor;
    hoursLayout->addWidget(m_hours);
    editorLayout->addWidget(hoursBox);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("slaProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c01c28"));
    m_problem->hide();
    editorLayout->addWidget(m_problem);
    auto* buttons = new QHBoxLayout;
    auto* saveButton = new QPushButton(icons.icon(QStringLiteral("save")), tr("Save policy"));
    saveButton->setObjectName(QStringLiteral("slaSave"));
    m_delete = new QPushButton(icons.icon(QStringLiteral("trash-2")), tr("Delete policy"));
    m_delete->setObjectName(QStringLiteral("slaDelete"));
    buttons->addWidget(saveButton);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    editorLayout->addLayout(buttons);
    editorLayout->addStretch(1);
    scroll->setWidget(editor);
    contentLayout()->addWidget(scroll, 1);

    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deletePolicy(); });
    trackEdits({m_name, m_firstResponse, m_resolution, m_timeZone, m_active, m_hours});
    auto* saveAction =
        addPageAction(QStringLiteral("slaSaveAction"), tr("Save policy"), QStringLiteral("save"), QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, [this] { save(); });
    auto* deleteAction = addPageAction(QStringLiteral("slaDeleteAction"), tr("Delete policy"),
                                       QStringLiteral("trash-2"), QKeySequence::Delete);
    connect(deleteAction, &QAction::triggered, this, [this] { deletePolicy(); });
    // "New" starts the policy of the first priority that has none.
    auto* newAction =
        addPageAction(QStringLiteral("slaNewAction"), tr("New policy"), QStringLiteral("plus"), QKeySequence::New);
    connect(newAction, &QAction::triggered, this, [this] {
        for (TicketPriority priority : kPriorities) {
            if (policyFor(priority).is_null()) {
                selectPriority(priority);
                m_name->setFocus();
                return;
            }
        }
        showInfo(tr("Every priority has a policy already; select one to change it."));
    });

    reload();
}

QStringList SlaPoliciesPage::tables() const
{
    return {QStringLiteral("sla_policies")};
}

QString SlaPoliciesPage::priorityName(TicketPriority priority) const
{
    switch (priority) {
    case TicketPriority::Low:
        return tr("Low");
    case TicketPriority::Normal:
        return tr("Normal");
    case TicketPriority::High:
        return tr("High");
    case TicketPriority::Urgent:
        return tr("Urgent");
    }
    return QString();
}

QString SlaPoliciesPage::duration(int minutes)
{
    if (minutes <= 0)
        return QString();
    if (minutes % (24 * 60) == 0)
        return tr("%1 d").arg(minutes / (24 * 60));
    if (minutes % 60 == 0)
        return tr("%1 h").arg(minutes / 60);
    return tr("%1 min").arg(minutes);
}

Json SlaPoliciesPage::policyFor(TicketPriority priority) const
{
    for (const Json& policy : m_policies)
        if (text(policy, "priority") == toWireString(priority))
            return policy;
    return Json();
}

void SlaPoliciesPage::reload()
{
    m_policies = cachedRows(QStringLiteral("sla_policies"));
    fillTable();
    if (!hasUnsavedEdits()) // keep what the user is changing
        showPolicy();
}

void SlaPoliciesPage::fillTable()
{
    const QSignalBlocker blocker(m_table);
    for (int row = 0; row < 4; ++row) {
        const Json policy = policyFor(kPriorities[row]);
        QString hours;
        if (!policy.is_null()) {
            const Json windows = policy.value("business_hours", Json::object());
            QStringList days;
            for (int day = 0; day < 7; ++day) {
                const char* key = BusinessHoursEditor::dayKeys()[static_cast<std::size_t>(day)];
                if (windows.contains(key) && !windows[key].empty())
                    days.append(QLocale().dayName(day + 1, QLocale::ShortFormat));
            }
            hours = days.isEmpty() ? tr("24/7")
                                   : tr("%1 (%2)").arg(days.join(QStringLiteral(" ")), text(policy, "time_zone"));
        }
        const QStringList cells{priorityName(kPriorities[row]),
                                policy.is_null() ? tr("No policy — tickets get no due times") : text(policy, "name"),
                                duration(number(policy, "first_response_minutes")),
                                duration(number(policy, "resolution_minutes")), hours};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (policy.is_null() && column > 0)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, column, item);
        }
    }
    for (int row = 0; row < 4; ++row)
        if (kPriorities[row] == m_priority)
            m_table->selectRow(row);
}

void SlaPoliciesPage::selectPriority(TicketPriority priority)
{
    m_priority = priority;
    setEdited(false);
    for (int row = 0; row < 4; ++row) {
        if (kPriorities[row] == priority) {
            const QSignalBlocker blocker(m_table);
            m_table->selectRow(row);
        }
    }
    showPolicy();
}

void SlaPoliciesPage::showPolicy()
{
    const Json policy = policyFor(m_priority);
    m_problem->hide();
    if (policy.is_null()) {
        m_heading->setText(tr("<b>%1</b> has no policy yet. Fill it in and save (Ctrl+S) to create one.")
                               .arg(priorityName(m_priority)));
        m_name->setText(tr("%1 priority").arg(priorityName(m_priority)));
        m_firstResponse->setValue(0);
        m_resolution->setValue(0);
        m_timeZone->setCurrentText(QStringLiteral("UTC"));
        m_active->setChecked(true);
        m_hours->setHours(Json::object());
        m_delete->setEnabled(false);
        setEdited(false);
        return;
    }
    m_heading->setText(tr("<b>%1</b> priority").arg(priorityName(m_priority)));
    m_name->setText(text(policy, "name"));
    m_firstResponse->setValue(number(policy, "first_response_minutes"));
    m_resolution->setValue(number(policy, "resolution_minutes"));
    m_timeZone->setCurrentText(text(policy, "time_zone"));
    m_active->setChecked(policy.value("is_active", true));
    m_hours->setHours(policy.value("business_hours", Json::object()));
    m_delete->setEnabled(true);
    setEdited(false); // filled from the cache, not typed
}

QString SlaPoliciesPage::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the policy a name.");
    if (m_firstResponse->value() <= 0)
        return tr("Set how many minutes the first response may take (more than 0).");
    if (m_resolution->value() <= 0)
        return tr("Set how many minutes the resolution may take (more than 0).");
    if (m_firstResponse->value() > m_resolution->value())
        return tr("The first response target (%1) is later than the resolution target (%2).")
            .arg(duration(m_firstResponse->value()), duration(m_resolution->value()));
    const QString zone = m_timeZone->currentText().trimmed();
    if (!QTimeZone(zone.toLatin1()).isValid())
        return tr("\"%1\" is not a time zone this computer knows; pick one from the list, such as Europe/Berlin.")
            .arg(zone);
    return m_hours->problem();
}

bool SlaPoliciesPage::save()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        m_problem->setText(why);
        m_problem->show();
        return false;
    }
    m_problem->hide();
    setEdited(false);
    Json changes = Json::object();
    changes["name"] = m_name->text().trimmed();
    changes["first_response_minutes"] = m_firstResponse->value();
    changes["resolution_minutes"] = m_resolution->value();
    changes["time_zone"] = m_timeZone->currentText().trimmed();
    changes["business_hours"] = m_hours->hours();
    changes["is_active"] = m_active->isChecked();
    const Json existing = policyFor(m_priority);
    SyncEngine& sync = workspace().sync();
    if (existing.is_null()) {
        changes["id"] = QUuid::createUuid();
        changes["priority"] = toWireString(m_priority);
        if (!queued(sync.insertRow(QStringLiteral("sla_policies"), changes)))
            return false;
    } else if (!queued(sync.updateRow(QStringLiteral("sla_policies"), text(existing, "id"), changes))) {
        return false;
    }
    showInfo(tr("The %1 policy was saved.").arg(priorityName(m_priority)));
    reload();
    return true;
}

bool SlaPoliciesPage::deletePolicy()
{
    const Json existing = policyFor(m_priority);
    if (existing.is_null())
        return false;
    const auto answer = MessageBox::question(
        this, tr("Delete policy"),
        tr("Delete the %1 policy? New %2 tickets will get no due times until a policy exists again.")
            .arg(text(existing, "name"), priorityName(m_priority)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    if (!queued(workspace().sync().removeRow(QStringLiteral("sla_policies"), text(existing, "id"))))
        return false;
    setEdited(false);
    showInfo(tr("The %1 policy was deleted.").arg(priorityName(m_priority)));
    reload();
    return true;
}

} // namespace helpdesk
