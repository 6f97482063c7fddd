#include "ui/admin/MacrosPage.h"

#include "core/Enums.h"
#include "sync/SyncEngine.h"
#include "ui/IconSet.h"
#include "ui/MessageBox.h"
#include "ui/UserWorkspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>

namespace helpdesk {

namespace {

QString text(const Json& row, const char* key)
{
    const auto it = row.find(key);
    return it != row.end() && it->is_string() ? it->get<QString>() : QString();
}

// Sentinels of the team and assignee choices (real entries hold a uuid).
const QString kNoChange = QStringLiteral("");
const QString kClear = QStringLiteral("clear");

QStringList tagList(const QString& line)
{
    QStringList tags;
    for (const QString& part : line.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed().toLower();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

QString tagsText(const Json& tags)
{
    QStringList list;
    if (tags.is_array())
        for (const Json& tag : tags)
            if (tag.is_string())
                list.append(tag.get<QString>());
    return list.join(QStringLiteral(", "));
}

} // namespace

MacrosPage::MacrosPage(UserWorkspace& workspace, const IconSet& icons, QWidget* parent)
    : AdminPage(workspace, icons, parent)
{
    setObjectName(QStringLiteral("adminMacrosPage"));
    contentLayout()->addWidget(new QLabel(tr("<h2>Macros</h2>")));
    auto* splitter = new QSplitter;
    contentLayout()->addWidget(splitter, 1);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* newButton = new QPushButton(icons.icon(QStringLiteral("plus")), tr("New macro"));
    newButton->setObjectName(QStringLiteral("macroNew"));
    leftLayout->addWidget(newButton);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("macrosSearch"));
    m_search->setPlaceholderText(tr("Filter macros"));
    m_search->setClearButtonEnabled(true);
    leftLayout->addWidget(m_search);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("macrosList"));
    m_list->setUniformItemSizes(true);
    leftLayout->addWidget(m_list, 1);
    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("macrosEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    leftLayout->addWidget(m_empty);
    splitter->addWidget(left);

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* editor = new QWidget;
    auto* editorLayout = new QVBoxLayout(editor);
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("macroHeading"));
    editorLayout->addWidget(m_heading);
    auto* form = new QFormLayout;
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("macroTitle"));
    m_title->setPlaceholderText(tr("For example: Refund issued"));
    form->addRow(tr("&Title"), m_title);
    m_body = new QPlainTextEdit;
    m_body->setObjectName(QStringLiteral("macroBody"));
    m_body->setPlaceholderText(
        tr("The reply text. Placeholders: {{requester.first_name}}, {{requester.name}}, {{ticket.number}}, "
           "{{agent.first_name}}"));
    m_body->setTabChangesFocus(true);
    form->addRow(tr("&Reply"), m_body);
    m_team = new QComboBox;
    m_team->setObjectName(QStringLiteral("macroTeam"));
    form->addRow(tr("&Available to"), m_team);
    m_active = new QCheckBox(tr("Agents can use this macro"));
    m_active->setObjectName(QStringLiteral("macroActive"));
    form->addRow(QString(), m_active);
    editorLayout->addLayout(form);

    auto* actionsBox = new QGroupBox(tr("When applied, also"));
    auto* actions = new QFormLayout(actionsBox);
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("macroStatus"));
    m_status->addItem(tr("Leave the status"), QString());
    m_status->addItem(tr("Set status to open"), toWireString(TicketStatus::Open));
    m_status->addItem(tr("Set status to pending"), toWireString(TicketStatus::Pending));
    m_status->addItem(tr("Set status to on hold"), toWireString(TicketStatus::OnHold));
    m_status->addItem(tr("Set status to solved"), toWireString(TicketStatus::Solved));
    m_status->addItem(tr("Set status to closed"), toWireString(TicketStatus::Closed));
    actions->addRow(tr("&Status"), m_status);
    m_priority = new QComboBox;
    m_priority->setObjectName(QStringLiteral("macroPriority"));
    m_priority->addItem(tr("Leave the priority"), QString());
    m_priority->addItem(tr("Set priority to low"), toWireString(TicketPriority::Low));
    m_priority->addItem(tr("Set priority to normal"), toWireString(TicketPriority::Normal));
    m_priority->addItem(tr("Set priority to high"), toWireString(TicketPriority::High));
    m_priority->addItem(tr("Set priority to urgent"), toWireString(TicketPriority::Urgent));
    actions->addRow(tr("&Priority"), m_priority);
    m_addTags = new QLineEdit;
    m_addTags->setObjectName(QStringLiteral("macroAddTags"));
    m_addTags->setPlaceholderText(tr("billing, refund"));
    actions->addRow(tr("Add &tags"), m_addTags);
    m_removeTags = new QLineEdit;
    m_removeTags->setObjectName(QStringLiteral("macroRemoveTags"));
    m_removeTags->setPlaceholderText(tr("needs-info"));
    actions->addRow(tr("R&emove tags"), m_removeTags);
    m_setTeam = new QComboBox;
    m_setTeam->setObjectName(QStringLiteral("macroSetTeam"));
    actions->addRow(tr("Tea&m"), m_setTeam);
    m_setAssignee = new QComboBox;
    m_setAssignee->setObjectName(QStringLiteral("macroSetAssignee"));
    actions->addRow(tr("Assi&gnee"), m_setAssignee);
    editorLayout->addWidget(actionsBox);

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("macroProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #c01c28"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    editorLayout->addWidget(m_problem);
    auto* buttons = new QHBoxLayout;
    auto* saveButton = new QPushButton(icons.icon(QStringLiteral("save")), tr("Save"));
    saveButton->setObjectName(QStringLiteral("macroSave"));
    m_delete = new QPushButton(icons.icon(QStringLiteral("trash-2")), tr("Delete macro"));
    m_delete->setObjectName(QStringLiteral("macroDelete"));
    buttons->addWidget(saveButton);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    editorLayout->addLayout(buttons);
    editorLayout->addStretch(1);
    scroll->setWidget(editor);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 2);

    auto* newAction =
        addPageAction(QStringLiteral("macroNewAction"), tr("New macro"), QStringLiteral("plus"), QKeySequence::New);
    auto* saveAction =
        addPageAction(QStringLiteral("macroSaveAction"), tr("Save macro"), QStringLiteral("save"), QKeySequence::Save);
    auto* deleteAction = addPageAction(QStringLiteral("macroDeleteAction"), tr("Delete macro"),
                                       QStringLiteral("trash-2"), QKeySequence(Qt::CTRL | Qt::Key_Delete));
    connect(newAction, &QAction::triggered, this, &MacrosPage::newMacro);
    connect(saveAction, &QAction::triggered, this, [this] { save(); });
    connect(deleteAction, &QAction::triggered, this, [this] { deleteMacro(); });
    connect(newButton, &QPushButton::clicked, this, &MacrosPage::newMacro);
    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteMacro(); });
    connect(m_search, &QLineEdit::textChanged, this, [this] { fillList(); });
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (!item)
            return;
        m_current = QUuid::fromString(item->data(Qt::UserRole).toString());
        setEdited(false);
        showMacro();
    });
    connect(m_list, &QListWidget::itemActivated, this, [this] { m_title->setFocus(); });
    trackEdits(
        {m_title, m_body, m_team, m_active, m_status, m_priority, m_addTags, m_removeTags, m_setTeam, m_setAssignee});

    reload();
}

QStringList MacrosPage::tables() const
{
    return {QStringLiteral("macros"), QStringLiteral("teams"), QStringLiteral("profiles")};
}

void MacrosPage::reload()
{
    m_macros = cachedRows(QStringLiteral("macros"));
    std::sort(m_macros.begin(), m_macros.end(),
              [](const Json& a, const Json& b) { return text(a, "title").localeAwareCompare(text(b, "title")) < 0; });
    m_teams = cachedRows(QStringLiteral("teams"));
    std::sort(m_teams.begin(), m_teams.end(),
              [](const Json& a, const Json& b) { return text(a, "name").localeAwareCompare(text(b, "name")) < 0; });
    m_agents = Json::array();
    for (const Json& person : cachedRows(QStringLiteral("profiles")))
        if (text(person, "role") != QLatin1String("customer") && person.value("is_active", true))
            m_agents.push_back(person);
    fillChoices();
    fillList();
}

void MacrosPage::fillChoices()
{
    const QString team = m_team->currentData().toString();
    const QString setTeam = m_setTeam->currentData().toString();
    const QString assignee = m_setAssignee->currentData().toString();
    m_team->clear();
    m_team->addItem(tr("Every team"), QString());
    m_setTeam->clear();
    m_setTeam->addItem(tr("Leave the team"), kNoChange);
    m_setTeam->addItem(tr("Remove the team"), kClear);
    for (const Json& row : m_teams) {
        m_team->addItem(text(row, "name"), text(row, "id"));
        m_setTeam->addItem(tr("Move to %1").arg(text(row, "name")), text(row, "id"));
    }
    m_setAssignee->clear();
    m_setAssignee->addItem(tr("Leave the assignee"), kNoChange);
    m_setAssignee->addItem(tr("Unassign"), kClear);
    for (const Json& row : m_agents) {
        const QString name = text(row, "full_name").isEmpty() ? text(row, "email") : text(row, "full_name");
        m_setAssignee->addItem(tr("Assign to %1").arg(name), text(row, "id"));
    }
    m_team->setCurrentIndex(std::max(0, m_team->findData(team)));
    m_setTeam->setCurrentIndex(std::max(0, m_setTeam->findData(setTeam)));
    m_setAssignee->setCurrentIndex(std::max(0, m_setAssignee->findData(assignee)));
}

void MacrosPage::fillList()
{
    const QString needle = m_search->text().trimmed();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const Json& macro : m_macros) {
            const QString title = text(macro, "title");
            if (!needle.isEmpty() && !title.contains(needle, Qt::CaseInsensitive) &&
                !text(macro, "body").contains(needle, Qt::CaseInsensitive))
                continue;
            const bool active = macro.value("is_active", true);
            auto* item = new QListWidgetItem(icons().icon(QStringLiteral("zap")),
                                             active ? title : tr("%1 (not in use)").arg(title));
            item->setData(Qt::UserRole, text(macro, "id"));
            if (!active)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_list->addItem(item);
            if (text(macro, "id") == m_current.toString(QUuid::WithoutBraces))
                m_list->setCurrentItem(item);
        }
    }
    m_empty->setText(m_macros.empty() ? tr("No macros yet. Press Ctrl+N to write the first one.")
                                      : tr("No macro matches \"%1\".").arg(needle));
    m_empty->setVisible(m_list->count() == 0);
    if (!m_current.isNull() && currentRow().is_null()) {
        m_current = QUuid();
        setEdited(false); // the macro being edited is gone
    }
    if (hasUnsavedEdits())
        return; // keep what the user is writing
    if (m_current.isNull() && m_title->text().isEmpty() && m_list->count() > 0)
        selectMacro(QUuid::fromString(m_list->item(0)->data(Qt::UserRole).toString()));
    else
        showMacro();
}

bool MacrosPage::selectMacro(const QUuid& id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (QUuid::fromString(m_list->item(i)->data(Qt::UserRole).toString()) == id) {
            m_current = id;
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentRow(i);
            showMacro();
            return true;
        }
    }
    return false;
}

Json MacrosPage::currentRow() const
{
    const QString key = m_current.toString(QUuid::WithoutBraces);
    for (const Json& macro : m_macros)
        if (text(macro, "id") == key)
            return macro;
    return Json();
}

void MacrosPage::newMacro()
{
    setEdited(false);
    m_current = QUuid();
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentItem(nullptr);
    }
    m_title->clear();
    m_body->clear();
    setEdited(false); // clearing is not an edit
    showMacro();
    m_title->setFocus();
}

void MacrosPage::showMacro()
{
    const Json macro = currentRow();
    m_delete->setEnabled(!macro.is_null());
    if (hasUnsavedEdits())
        return;
    m_problem->hide();
    m_keptActions = Json::array();
    m_status->setCurrentIndex(0);
    m_priority->setCurrentIndex(0);
    m_addTags->clear();
    m_removeTags->clear();
    m_setTeam->setCurrentIndex(0);
    m_setAssignee->setCurrentIndex(0);
    if (macro.is_null()) {
        m_heading->setText(tr("<b>New macro</b> — write it and save (Ctrl+S)."));
        m_team->setCurrentIndex(0);
        m_active->setChecked(true);
        setEdited(false);
        return;
    }
    m_heading->setText(tr("<b>%1</b>").arg(text(macro, "title").toHtmlEscaped()));
    m_title->setText(text(macro, "title"));
    m_body->setPlainText(text(macro, "body"));
    setEdited(false); // filled from the cache, not typed
    m_team->setCurrentIndex(std::max(0, m_team->findData(text(macro, "team_id"))));
    m_active->setChecked(macro.value("is_active", true));
    const Json actionList = macro.value("actions", Json::array());
    if (!actionList.is_array())
        return;
    for (const Json& action : actionList) {
        const QString field = text(action, "field");
        const Json value = action.is_object() ? action.value("value", Json()) : Json();
        int index = -1;
        if (field == QLatin1String("status") && value.is_string()) {
            index = m_status->findData(value.get<QString>());
            if (index >= 0)
                m_status->setCurrentIndex(index);
        } else if (field == QLatin1String("priority") && value.is_string()) {
            index = m_priority->findData(value.get<QString>());
            if (index >= 0)
                m_priority->setCurrentIndex(index);
        } else if (field == QLatin1String("tags") && (action.contains("add") || action.contains("remove")) &&
                   !action.contains("value")) {
            m_addTags->setText(tagsText(action.value("add", Json::array())));
            m_removeTags->setText(tagsText(action.value("remove", Json::array())));
            index = 0;
        } else if (field == QLatin1String("team_id")) {
            index = value.is_null() ? 1 : m_setTeam->findData(value.is_string() ? value.get<QString>() : QString());
            if (index >= 0)
                m_setTeam->setCurrentIndex(index);
        } else if (field == QLatin1String("assignee_id")) {
            index = value.is_null() ? 1 : m_setAssignee->findData(value.is_string() ? value.get<QString>() : QString());
            if (index >= 0)
                m_setAssignee->setCurrentIndex(index);
        }
        if (index < 0)
            m_keptActions.push_back(action); // not shown here (an unknown field or value): stored unchanged
    }
}

Json MacrosPage::actions() const
{
    Json list = Json::array();
    if (const QString status = m_status->currentData().toString(); !status.isEmpty())
        list.push_back(Json{{"field", "status"}, {"value", status.toStdString()}});
    if (const QString priority = m_priority->currentData().toString(); !priority.isEmpty())
        list.push_back(Json{{"field", "priority"}, {"value", priority.toStdString()}});
    const QStringList add = tagList(m_addTags->text());
    const QStringList remove = tagList(m_removeTags->text());
    if (!add.isEmpty() || !remove.isEmpty()) {
        Json tags{{"field", "tags"}};
        if (!add.isEmpty())
            tags["add"] = add;
        if (!remove.isEmpty())
            tags["remove"] = remove;
        list.push_back(tags);
    }
    if (const QString team = m_setTeam->currentData().toString(); team == kClear)
        list.push_back(Json{{"field", "team_id"}, {"value", nullptr}});
    else if (!team.isEmpty())
        list.push_back(Json{{"field", "team_id"}, {"value", team.toStdString()}});
    if (const QString assignee = m_setAssignee->currentData().toString(); assignee == kClear)
        list.push_back(Json{{"field", "assignee_id"}, {"value", nullptr}});
    else if (!assignee.isEmpty())
        list.push_back(Json{{"field", "assignee_id"}, {"value", assignee.toStdString()}});
    for (const Json& kept : m_keptActions)
        list.push_back(kept);
    return list;
}

bool MacrosPage::save()
{
    const QString title = m_title->text().trimmed();
    QString why;
    if (title.isEmpty())
        why = tr("A macro needs a title agents can find it by.");
    else if (m_body->toPlainText().trimmed().isEmpty() && actions().empty())
        why = tr("This macro would do nothing: write a reply or choose at least one action.");
    else {
        const QStringList add = tagList(m_addTags->text());
        for (const QString& tag : tagList(m_removeTags->text()))
            if (add.contains(tag))
                why = tr("The tag \"%1\" is both added and removed.").arg(tag);
    }
    if (!why.isEmpty()) {
        m_problem->setText(why);
        m_problem->show();
        return false;
    }
    m_problem->hide();
    Json changes = Json::object();
    changes["title"] = title;
    changes["body"] = m_body->toPlainText();
    changes["actions"] = actions();
    const QString team = m_team->currentData().toString();
    changes["team_id"] = team.isEmpty() ? Json(nullptr) : Json(team.toStdString());
    changes["is_active"] = m_active->isChecked();
    SyncEngine& sync = workspace().sync();
    setEdited(false);
    if (m_current.isNull()) {
        const QUuid id = QUuid::createUuid();
        changes["id"] = id;
        if (!queued(sync.insertRow(QStringLiteral("macros"), changes)))
            return false;
        m_current = id;
        showInfo(tr("Macro \"%1\" created.").arg(title));
    } else {
        if (!queued(sync.updateRow(QStringLiteral("macros"), m_current.toString(QUuid::WithoutBraces), changes)))
            return false;
        showInfo(tr("Macro \"%1\" saved.").arg(title));
    }
    reload();
    return true;
}

bool MacrosPage::deleteMacro()
{
    const Json macro = currentRow();
    if (macro.is_null()) {
        showError(tr("Select the macro to delete."));
        return false;
    }
    const auto answer =
        MessageBox::question(this, tr("Delete macro"),
                             tr("Delete the macro \"%1\"? Agents will no longer see it.").arg(text(macro, "title")),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    // A soft delete: other clients learn of it from their next pull, like any other change.
    Json changes = Json::object();
    changes["deleted_at"] = now();
    if (!queued(
            workspace().sync().updateRow(QStringLiteral("macros"), m_current.toString(QUuid::WithoutBraces), changes)))
        return false;
    showInfo(tr("Macro \"%1\" deleted.").arg(text(macro, "title")));
    m_current = QUuid();
    setEdited(false);
    m_title->clear();
    reload();
    return true;
}

} // namespace helpdesk
