#include "ui/admin/UsersPage.h"

#include "store/MirrorSchema.h"
#include "store/MirrorStore.h"
#include "supabase/QueryBuilder.h"
#include "supabase/RestClient.h"
#include "sync/SyncEngine.h"
#include "ui/IconSet.h"
#include "ui/ServerConnection.h"
#include "ui/UserWorkspace.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <algorithm>

namespace helpdesk {

namespace {

enum Column
{
    NameColumn,
    EmailColumn,
    RoleColumn,
    ActiveColumn,
    ColumnCount
};

} // namespace

UsersPage::UsersPage(UserWorkspace& workspace, const IconSet& icons, QWidget* parent)
    : AdminPage(workspace, icons, parent)
{
    setObjectName(QStringLiteral("adminUsersPage"));
    auto* title = new QLabel(tr("<h2>Users and roles</h2>"));
    contentLayout()->addWidget(title);
    auto* hint = new QLabel(tr("Customers see only their own tickets; agents work all tickets; admins also manage "
                               "these settings. Role changes are made on the server and need a connection."));
    hint->setWordWrap(true);
    contentLayout()->addWidget(hint);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("usersSearch"));
    m_search->setPlaceholderText(tr("Search by name or e-mail"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icons.icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    connect(m_search, &QLineEdit::textChanged, this, [this] { fillTable(); });
    contentLayout()->addWidget(m_search);
    auto* find =
        addPageAction(QStringLiteral("usersFind"), tr("Search people"), QStringLiteral("search"), QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("E-mail"), tr("Role"), tr("Active")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(EmailColumn, QHeaderView::Stretch);
    m_table->setSortingEnabled(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersPage::selectionChanged);
    contentLayout()->addWidget(m_table, 1);

    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("usersEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    contentLayout()->addWidget(m_empty);

    auto* roleRow = new QHBoxLayout;
    m_selection = new QLabel(tr("Select a person to change their role."));
    m_selection->setObjectName(QStringLiteral("usersSelection"));
    roleRow->addWidget(m_selection, 1);
    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("usersRole"));
    for (UserRole role : {UserRole::Customer, UserRole::Agent, UserRole::Admin})
        m_role->addItem(roleName(role), static_cast<int>(role));
    roleRow->addWidget(m_role);
    m_apply = new QPushButton(icons.icon(QStringLiteral("user-cog")), tr("Change role"));
    m_apply->setObjectName(QStringLiteral("usersApplyRole"));
    connect(m_apply, &QPushButton::clicked, this,
            [this] { changeRole(static_cast<UserRole>(m_role->currentData().toInt())); });
    roleRow->addWidget(m_apply);
    contentLayout()->addLayout(roleRow);
    auto* save =
        addPageAction(QStringLiteral("usersSave"), tr("Change role"), QStringLiteral("user-cog"), QKeySequence::Save);
    connect(save, &QAction::triggered, m_apply, &QPushButton::click);

    reload();
}

QStringList UsersPage::tables() const
{
    return {QStringLiteral("profiles")};
}

QString UsersPage::roleName(UserRole role) const
{
    switch (role) {
    case UserRole::Customer:
        return tr("Customer");
    case UserRole::Agent:
        return tr("Agent");
    case UserRole::Admin:
        return tr("Admin");
    }
    return QString();
}

void UsersPage::reload()
{
    m_people.clear();
    for (const Json& row : cachedRows(QStringLiteral("profiles"))) {
        auto profile = parseJson<Profile>(row);
        if (profile.ok())
            m_people.push_back(std::move(profile.value()));
    }
    std::sort(m_people.begin(), m_people.end(),
              [](const Profile& a, const Profile& b) { return a.fullName.localeAwareCompare(b.fullName) < 0; });
    fillTable();
}

void UsersPage::setSearch(const QString& text)
{
    m_search->setText(text);
}

void UsersPage::fillTable()
{
    const std::optional<Profile> keep = selected();
    const QString needle = m_search->text().trimmed();
    m_table->setSortingEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(0);
    for (const Profile& person : m_people) {
        const QString email = person.email.value_or(QString());
        if (!needle.isEmpty() && !person.fullName.contains(needle, Qt::CaseInsensitive) &&
            !email.contains(needle, Qt::CaseInsensitive))
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* name = new QTableWidgetItem(person.fullName.isEmpty() ? email : person.fullName);
        name->setData(Qt::UserRole, person.id.toString(QUuid::WithoutBraces));
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, EmailColumn, new QTableWidgetItem(email));
        m_table->setItem(row, RoleColumn, new QTableWidgetItem(roleName(person.role)));
        m_table->setItem(row, ActiveColumn, new QTableWidgetItem(person.isActive ? tr("Yes") : tr("No")));
    }
    m_table->setSortingEnabled(true);
    const bool none = m_table->rowCount() == 0;
    m_table->setVisible(!none);
    m_empty->setVisible(none);
    if (m_people.empty())
        m_empty->setText(tr("No people in the local copy yet. They appear after the first sync."));
    else if (none)
        m_empty->setText(tr("Nobody matches \"%1\".").arg(needle));
    if (keep)
        selectUser(keep->id);
    selectionChanged();
}

bool UsersPage::selectUser(const QUuid& id)
{
    const QString key = id.toString(QUuid::WithoutBraces);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->data(Qt::UserRole).toString() == key) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

std::optional<Profile> UsersPage::selected() const
{
    const auto rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return std::nullopt;
    const QString key = m_table->item(rows.first().row(), NameColumn)->data(Qt::UserRole).toString();
    for (const Profile& person : m_people)
        if (person.id.toString(QUuid::WithoutBraces) == key)
            return person;
    return std::nullopt;
}

void UsersPage::selectionChanged()
{
    const auto person = selected();
    m_role->setEnabled(person.has_value() && !m_request.isActive());
    m_apply->setEnabled(person.has_value() && !m_request.isActive());
    if (!person) {
        m_selection->setText(tr("Select a person to change their role."));
        return;
    }
    m_selection->setText(tr("%1 has the role %2.")
                             .arg(person->fullName.isEmpty() ? person->email.value_or(QString()) : person->fullName,
                                  roleName(person->role)));
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(person->role)));
}

bool UsersPage::changeRole(UserRole role)
{
    const auto person = selected();
    if (!person) {
        showError(tr("Select the person whose role you want to change."));
        return false;
    }
    if (person->role == role) {
        showInfo(tr("%1 already has that role.").arg(person->fullName));
        return false;
    }
    if (!online()) {
        showError(tr("You are offline. Roles are changed on the server, so this needs a connection; "
                     "nothing was changed. Try again when the status bar shows you are connected."));
        return false;
    }
    clearBanner();
    const QString name = person->fullName.isEmpty() ? person->email.value_or(QString()) : person->fullName;
    Json args = Json::object();
    args["p_user"] = person->id;
    args["p_role"] = toWireString(role);
    m_request = workspace().connection().rest().execute(
        QueryBuilder::rpc(QStringLiteral("admin_set_role"), args), this,
        [this, name, role](Result<RestResponse> response) {
            if (!response.ok()) {
                const Error& error = response.error();
                QString why;
                if (error.code == QLatin1String("42501"))
                    why = tr("Only admins may change roles, and the server does not count you as one.");
                else if (error.code == QLatin1String("23514"))
                    why = tr("%1 is the last admin. Make someone else an admin first.").arg(name);
                else if (error.code == QLatin1String("P0002"))
                    why = tr("%1 no longer exists on the server.").arg(name);
                else
                    why = error.userMessage();
                showError(tr("The role of %1 was not changed. %2").arg(name, why));
                selectionChanged();
                emit roleChangeFinished(false);
                return;
            }
            // The server answers with the changed profile: put it into the cache at once.
            Json rows = response->data.is_array() ? response->data : Json::array({response->data});
            auto applied =
                workspace().sync().mirror().applyServerRows(*MirrorSchema::table(QStringLiteral("profiles")), rows);
            reload();
            if (!applied.ok())
                showError(tr("The role was changed on the server, but the local copy could not be updated: %1")
                              .arg(applied.error().userMessage()));
            else
                showInfo(tr("%1 now has the role %2.").arg(name, roleName(role)));
            emit roleChangeFinished(true);
        });
    selectionChanged();
    return true;
}

} // namespace helpdesk
