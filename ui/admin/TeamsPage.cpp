#include "ui/admin/TeamsPage.h"

#include "sync/SyncEngine.h"
#include "ui/IconSet.h"
#include "ui/MessageBox.h"
#include "ui/UserWorkspace.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
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

QString idKey(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString personName(const Json& row)
{
    const QString name = text(row, "full_name");
    return name.isEmpty() ? text(row, "email") : name;
}

} // namespace

TeamsPage::TeamsPage(UserWorkspace& workspace, const IconSet& icons, QWidget* parent)
    : AdminPage(workspace, icons, parent)
{
    setObjectName(QStringLiteral("adminTeamsPage"));
    contentLayout()->addWidget(new QLabel(tr("<h2>Teams and members</h2>")));

    auto* splitter = new QSplitter;
    contentLayout()->addWidget(splitter, 1);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* newButton = new QPushButton(icons.icon(QStringLiteral("plus")), tr("New team"));
    newButton->setObjectName(QStringLiteral("teamNew"));
    leftLayout->addWidget(newButton);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("teamsList"));
    m_list->setUniformItemSizes(true);
    leftLayout->addWidget(m_list, 1);
    m_empty = new QLabel(tr("No teams yet. Press Ctrl+N to create the first one."));
    m_empty->setObjectName(QStringLiteral("teamsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    leftLayout->addWidget(m_empty);
    splitter->addWidget(left);

    m_editor = new QWidget;
    auto* editorLayout = new QVBoxLayout(m_editor);
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("teamHeading"));
    editorLayout->addWidget(m_heading);
    auto* form = new QFormLayout;
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("teamName"));
    m_name->setMaxLength(200);
    m_name->setPlaceholderText(tr("For example: Billing"));
    form->addRow(tr("&Name"), m_name);
    m_nameProblem = new QLabel;
    m_nameProblem->setObjectName(QStringLiteral("teamNameProblem"));
    m_nameProblem->setStyleSheet(QStringLiteral("color: #c01c28"));
    m_nameProblem->hide();
    form->addRow(QString(), m_nameProblem);
    m_description = new QLineEdit;
    m_description->setObjectName(QStringLiteral("teamDescription"));
    m_description->setPlaceholderText(tr("What this team handles"));
    form->addRow(tr("&Description"), m_description);
    editorLayout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    auto* saveButton = new QPushButton(icons.icon(QStringLiteral("save")), tr("Save"));
    saveButton->setObjectName(QStringLiteral("teamSave"));
    m_delete = new QPushButton(icons.icon(QStringLiteral("trash-2")), tr("Delete team"));
    m_delete->setObjectName(QStringLiteral("teamDelete"));
    buttons->addWidget(saveButton);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    editorLayout->addLayout(buttons);

    auto* members = new QGroupBox(tr("Members"));
    auto* membersLayout = new QVBoxLayout(members);
    m_memberList = new QListWidget;
    m_memberList->setObjectName(QStringLiteral("teamMembers"));
    membersLayout->addWidget(m_memberList, 1);
    m_membersEmpty = new QLabel(tr("Nobody is in this team yet."));
    m_membersEmpty->setObjectName(QStringLiteral("teamMembersEmpty"));
    m_membersEmpty->setEnabled(false);
    membersLayout->addWidget(m_membersEmpty);
    auto* addRow = new QHBoxLayout;
    m_addPerson = new QComboBox;
    m_addPerson->setObjectName(QStringLiteral("teamAddPerson"));
    m_addPerson->setMinimumContentsLength(20);
    addRow->addWidget(m_addPerson, 1);
    m_add = new QPushButton(icons.icon(QStringLiteral("user-plus")), tr("Add"));
    m_add->setObjectName(QStringLiteral("teamAddMember"));
    addRow->addWidget(m_add);
    m_remove = new QPushButton(icons.icon(QStringLiteral("user-x")), tr("Remove"));
    m_remove->setObjectName(QStringLiteral("teamRemoveMember"));
    addRow->addWidget(m_remove);
    membersLayout->addLayout(addRow);
    editorLayout->addWidget(members, 1);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 2);

    auto* newAction =
        addPageAction(QStringLiteral("teamNewAction"), tr("New team"), QStringLiteral("plus"), QKeySequence::New);
    auto* saveAction =
        addPageAction(QStringLiteral("teamSaveAction"), tr("Save team"), QStringLiteral("save"), QKeySequence::Save);
    auto* deleteAction = addPageAction(QStringLiteral("teamDeleteAction"), tr("Delete team"), QStringLiteral("trash-2"),
                                       QKeySequence::Delete);
    connect(newAction, &QAction::triggered, this, &TeamsPage::newTeam);
    connect(saveAction, &QAction::triggered, this, [this] { save(); });
    connect(deleteAction, &QAction::triggered, this, [this] {
        // Delete in the member list removes the member; elsewhere it deletes the team.
        if (m_memberList->hasFocus())
            m_remove->click();
        else
            deleteTeam();
    });
    connect(newButton, &QPushButton::clicked, this, &TeamsPage::newTeam);
    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteTeam(); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QUuid id = QUuid::fromString(m_addPerson->currentData().toString());
        if (!id.isNull())
            addMember(id);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (auto* item = m_memberList->currentItem())
            removeMember(QUuid::fromString(item->data(Qt::UserRole).toString()));
        else
            showError(tr("Select the member to remove."));
    });
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (!item)
            return;
        m_current = QUuid::fromString(item->data(Qt::UserRole).toString());
        setEdited(false);
        showTeam();
    });
    connect(m_name, &QLineEdit::textEdited, m_nameProblem, &QLabel::hide);
    trackEdits({m_name, m_description});

    reload();
}

QStringList TeamsPage::tables() const
{
    return {QStringLiteral("teams"), QStringLiteral("team_members"), QStringLiteral("profiles")};
}

void TeamsPage::reload()
{
    m_teams = cachedRows(QStringLiteral("teams"));
    std::sort(m_teams.begin(), m_teams.end(),
              [](const Json& a, const Json& b) { return text(a, "name").localeAwareCompare(text(b, "name")) < 0; });
    m_members = cachedRows(QStringLiteral("team_members"));
    m_people = Json::array();
    for (const Json& person : cachedRows(QStringLiteral("profiles")))
        if (text(person, "role") != QLatin1String("customer"))
            m_people.push_back(person);
    std::sort(m_people.begin(), m_people.end(),
              [](const Json& a, const Json& b) { return personName(a).localeAwareCompare(personName(b)) < 0; });
    fillTeams();
}

QString TeamsPage::teamName(const QUuid& id) const
{
    for (const Json& team : m_teams)
        if (text(team, "id") == idKey(id))
            return text(team, "name");
    return QString();
}

void TeamsPage::fillTeams()
{
    const QUuid keep = m_current;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const Json& team : m_teams) {
            auto* item = new QListWidgetItem(icons().icon(QStringLiteral("users")), text(team, "name"));
            item->setData(Qt::UserRole, text(team, "id"));
            m_list->addItem(item);
        }
    }
    m_empty->setVisible(m_teams.empty());
    if (!keep.isNull() && !selectTeam(keep)) {
        m_current = QUuid();
        setEdited(false); // the team being edited is gone
    }
    if (hasUnsavedEdits()) {
        fillMembers(); // keep what the user is typing; members are written at once and always current
        return;
    }
    if (m_current.isNull() && !m_teams.empty() && m_name->text().isEmpty())
        selectTeam(QUuid::fromString(text(m_teams.front(), "id")));
    else
        showTeam();
}

bool TeamsPage::selectTeam(const QUuid& id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == idKey(id)) {
            m_current = id;
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentRow(i);
            showTeam();
            return true;
        }
    }
    return false;
}

void TeamsPage::newTeam()
{
    setEdited(false);
    m_current = QUuid();
    m_list->clearSelection();
    m_list->setCurrentItem(nullptr);
    m_name->clear();
    m_description->clear();
    m_nameProblem->hide();
    showTeam();
    m_name->setFocus();
}

void TeamsPage::showTeam()
{
    const bool isNew = m_current.isNull();
    m_delete->setEnabled(!isNew);
    if (hasUnsavedEdits()) {
        fillMembers();
        return;
    }
    m_heading->setText(isNew ? tr("<b>New team</b> — give it a name and save (Ctrl+S).")
                             : tr("<b>%1</b>").arg(teamName(m_current).toHtmlEscaped()));
    if (!isNew) {
        for (const Json& team : m_teams) {
            if (text(team, "id") == idKey(m_current)) {
                m_name->setText(text(team, "name"));
                m_description->setText(text(team, "description"));
            }
        }
    }
    m_nameProblem->hide();
    fillMembers();
}

void TeamsPage::fillMembers()
{
    m_memberList->clear();
    m_addPerson->clear();
    const bool isNew = m_current.isNull();
    QSet<QString> inTeam;
    for (const Json& member : m_members)
        if (text(member, "team_id") == idKey(m_current))
            inTeam.insert(text(member, "user_id"));
    for (const Json& person : m_people) {
        const QString id = text(person, "id");
        if (inTeam.contains(id)) {
            auto* item = new QListWidgetItem(icons().icon(QStringLiteral("user")),
                                             tr("%1 <%2>").arg(personName(person), text(person, "email")));
            item->setData(Qt::UserRole, id);
            m_memberList->addItem(item);
        } else {
            m_addPerson->addItem(personName(person), id);
        }
    }
    m_membersEmpty->setText(isNew ? tr("Save the team before adding members.") : tr("Nobody is in this team yet."));
    m_membersEmpty->setVisible(m_memberList->count() == 0);
    m_addPerson->setEnabled(!isNew && m_addPerson->count() > 0);
    m_add->setEnabled(!isNew && m_addPerson->count() > 0);
    m_remove->setEnabled(m_memberList->count() > 0);
}

bool TeamsPage::save()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_nameProblem->setText(tr("A team needs a name."));
        m_nameProblem->show();
        m_name->setFocus();
        return false;
    }
    for (const Json& team : m_teams) {
        if (text(team, "id") != idKey(m_current) && text(team, "name").compare(name, Qt::CaseInsensitive) == 0) {
            m_nameProblem->setText(tr("There is already a team called \"%1\".").arg(text(team, "name")));
            m_nameProblem->show();
            m_name->setFocus();
            return false;
        }
    }
    Json changes = Json::object();
    changes["name"] = name;
    changes["description"] = m_description->text().trimmed();
    SyncEngine& sync = workspace().sync();
    if (m_current.isNull()) {
        const QUuid id = QUuid::createUuid();
        changes["id"] = id;
        if (!queued(sync.insertRow(QStringLiteral("teams"), changes)))
            return false;
        m_current = id;
        setEdited(false);
        showInfo(tr("Team \"%1\" created.").arg(name));
    } else {
        if (!queued(sync.updateRow(QStringLiteral("teams"), idKey(m_current), changes)))
            return false;
        setEdited(false);
        showInfo(tr("Team \"%1\" saved.").arg(name));
    }
    reload();
    return true;
}

bool TeamsPage::deleteTeam()
{
    if (m_current.isNull()) {
        showError(tr("Select the team to delete."));
        return false;
    }
    const QString name = teamName(m_current);
    const auto answer = MessageBox::question(
        this, tr("Delete team"),
        tr("Delete the team \"%1\"? Its members stay in the workspace; its tickets keep their history but no "
           "longer belong to a team.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    SyncEngine& sync = workspace().sync();
    // Members first: the server removes them with the team, the local copy needs to be told.
    for (const Json& member : m_members) {
        if (text(member, "team_id") != idKey(m_current))
            continue;
        if (!queued(sync.removeRow(QStringLiteral("team_members"),
                                   text(member, "team_id") + QLatin1Char('|') + text(member, "user_id"))))
            return false;
    }
    if (!queued(sync.removeRow(QStringLiteral("teams"), idKey(m_current))))
        return false;
    m_current = QUuid();
    setEdited(false);
    m_name->clear();
    m_description->clear();
    showInfo(tr("Team \"%1\" deleted.").arg(name));
    reload();
    return true;
}

bool TeamsPage::addMember(const QUuid& userId)
{
    if (m_current.isNull()) {
        showError(tr("Save the team before adding members."));
        return false;
    }
    Json row = Json::object();
    row["team_id"] = m_current;
    row["user_id"] = userId;
    if (!queued(workspace().sync().insertRow(QStringLiteral("team_members"), row)))
        return false;
    clearBanner();
    reload();
    return true;
}

bool TeamsPage::removeMember(const QUuid& userId)
{
    if (m_current.isNull())
        return false;
    if (!queued(workspace().sync().removeRow(QStringLiteral("team_members"),
                                             idKey(m_current) + QLatin1Char('|') + idKey(userId))))
        return false;
    clearBanner();
    reload();
    return true;
}

} // namespace helpdesk
