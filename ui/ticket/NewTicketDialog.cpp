#include "ticket/NewTicketDialog.h"

#include "IconSet.h"
#include "TicketText.h"
#include "UserWorkspace.h"

#include "core/Clock.h"
#include "core/Team.h"
#include "store/DirectoryStore.h"
#include "store/MirrorSchema.h"
#include "store/MirrorStore.h"
#include "sync/SyncEngine.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

#include <algorithm>

namespace helpdesk {

namespace {
QString display(const Profile &p)
{
    const QString email = p.email.value_or(QString());
    if (p.fullName.isEmpty()) {
        return email;
    }
    return email.isEmpty() ? p.fullName : QStringLiteral("%1 <%2>").arg(p.fullName, email);
}

std::string idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces).toStdString();
}
} // namespace

NewTicketDialog::NewTicketDialog(UserWorkspace &workspace, const IconSet &icons, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("newTicketDialog"));
    setWindowTitle(tr("New ticket"));
    setWindowIcon(icons.icon(QStringLiteral("plus")));
    resize(560, 460);
    auto *form = new QFormLayout;
    if (isAgent()) {
        loadPeople();
        m_requesterEdit = new QLineEdit(this);
        m_requesterEdit->setObjectName(QStringLiteral("requesterEdit"));
        m_requesterEdit->setPlaceholderText(tr("Customer name or e-mail"));
        QStringList names;
        for (const Profile &p : m_customers) {
            names.append(display(p));
        }
        auto *completer = new QCompleter(new QStringListModel(names, this), this);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        m_requesterEdit->setCompleter(completer);
        connect(m_requesterEdit, &QLineEdit::textChanged, this, [this](const QString &text) { setRequester(text); });
        m_requesterHint = new QLabel(this);
        m_requesterHint->setObjectName(QStringLiteral("requesterHint"));
        m_requesterHint->setProperty("muted", true);
        form->addRow(tr("Requester"), m_requesterEdit);
        form->addRow(QString(), m_requesterHint);
        if (m_customers.empty()) {
            m_requesterHint->setText(tr("No customers in the local cache yet; wait for the first sync."));
        }
    } else {
        m_requester = workspace.me().id;
    }
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_subject->setPlaceholderText(tr("A short summary"));
    m_subject->setMaxLength(300);
    form->addRow(tr("Subject"), m_subject);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setPlaceholderText(isAgent() ? tr("What the customer needs…") : tr("Describe what you need…"));
    form->addRow(tr("Description"), m_description);
    if (isAgent()) {
        m_priority = new QComboBox(this);
        m_priority->setObjectName(QStringLiteral("newPriorityCombo"));
        for (TicketPriority priority : allValues<TicketPriority>()) {
            m_priority->addItem(TicketText::priority(priority), toWireString(priority));
        }
        m_priority->setCurrentIndex(m_priority->findData(toWireString(TicketPriority::Normal)));
        form->addRow(tr("Priority"), m_priority);
        m_team = new QComboBox(this);
        m_team->setObjectName(QStringLiteral("newTeamCombo"));
        m_team->addItem(tr("No team"), QUuid());
        DirectoryStore directory(workspace.cache());
        if (auto teams = directory.teams(); teams.ok()) {
            for (const Team &team : teams.value()) {
                m_team->addItem(icons.icon(QStringLiteral("users")), team.name, team.id);
            }
        }
        form->addRow(tr("Team"), m_team);
        m_assignee = new QComboBox(this);
        m_assignee->setObjectName(QStringLiteral("newAssigneeCombo"));
        m_assignee->addItem(tr("Unassigned"), QUuid());
        m_assignee->addItem(icons.icon(QStringLiteral("user-check")), tr("Me"), workspace.me().id);
        for (const Profile &agent : m_agents) {
            if (agent.id != workspace.me().id) {
                m_assignee->addItem(icons.icon(QStringLiteral("user")), display(agent), agent.id);
            }
        }
        form->addRow(tr("Assignee"), m_assignee);
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("newTicketError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #dc2626;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *createButton = buttons->addButton(tr("Create ticket"), QDialogButtonBox::AcceptRole);
    createButton->setObjectName(QStringLiteral("createTicketButton"));
    createButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { create(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

bool NewTicketDialog::isAgent() const
{
    return m_workspace.me().role != UserRole::Customer;
}

void NewTicketDialog::loadPeople()
{
    const MirrorTable *table = MirrorSchema::table(QStringLiteral("profiles"));
    if (!table) {
        return;
    }
    MirrorStore store(m_workspace.cache());
    auto keys = store.rowKeys(*table);
    auto rows = keys.ok() ? store.rows(*table, keys.value()) : Result<Json>(keys.error());
    if (!rows.ok()) {
        return;
    }
    for (const Json &json : rows.value()) {
        try {
            Profile p;
            from_json(json, p);
            if (!p.isActive) {
                continue;
            }
            (p.role == UserRole::Customer ? m_customers : m_agents).push_back(p);
        } catch (const std::exception &) {
        }
    }
    auto byName = [](const Profile &a, const Profile &b) { return display(a).localeAwareCompare(display(b)) < 0; };
    std::sort(m_customers.begin(), m_customers.end(), byName);
    std::sort(m_agents.begin(), m_agents.end(), byName);
}

bool NewTicketDialog::setRequester(const QString &text)
{
    const QString wanted = text.trimmed();
    m_requester = QUuid();
    for (const Profile &p : m_customers) {
        if (wanted.compare(display(p), Qt::CaseInsensitive) == 0 || wanted.compare(p.fullName, Qt::CaseInsensitive) == 0
            || wanted.compare(p.email.value_or(QString()), Qt::CaseInsensitive) == 0) {
            m_requester = p.id;
            break;
        }
    }
    if (m_requesterEdit && m_requesterEdit->text() != text) {
        const QSignalBlocker block(m_requesterEdit);
        m_requesterEdit->setText(text);
    }
    if (m_requesterHint) {
        m_requesterHint->setText(m_requester.isNull() && !wanted.isEmpty()
                                     ? tr("Pick a customer from the list (type part of a name or e-mail).")
                                     : QString());
    }
    return !m_requester.isNull();
}

void NewTicketDialog::prefill(const QString &subject, const QString &description)
{
    if (!subject.isEmpty()) {
        m_subject->setText(subject);
    }
    if (!description.isEmpty()) {
        m_description->setPlainText(description);
    }
}

void NewTicketDialog::setDraft(const QString &subject, const QString &description)
{
    m_subject->setText(subject);
    m_description->setPlainText(description);
}

QUuid NewTicketDialog::requester() const
{
    return m_requester;
}

QString NewTicketDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void NewTicketDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool NewTicketDialog::create()
{
    const QString subject = m_subject->text().trimmed();
    const QString description = m_description->toPlainText().trimmed();
    if (m_requester.isNull()) {
        showError(tr("Choose the customer this ticket is for."));
        return false;
    }
    if (subject.isEmpty()) {
        showError(tr("The ticket needs a subject."));
        m_subject->setFocus();
        return false;
    }
    Json row{{"title", subject.toStdString()},
             {"description", description.toStdString()},
             {"requester_id", idText(m_requester)}};
    const std::string now = m_workspace.clock().now().toIsoString();
    Json local{{"status", "new"},       {"created_at", now}, {"updated_at", now},
               {"version", 1},          {"tags", Json::array()}, {"custom_fields", Json::object()},
               {"priority", "normal"},  {"channel", "desktop"}};
    if (isAgent()) {
        row["priority"] = m_priority->currentData().toString().toStdString();
        local.erase("priority");
        if (const QUuid team = m_team->currentData().toUuid(); !team.isNull()) {
            row["team_id"] = idText(team);
        }
        if (const QUuid assignee = m_assignee->currentData().toUuid(); !assignee.isNull()) {
            row["assignee_id"] = idText(assignee);
        }
    }
    auto written = m_workspace.sync().insertRow(QStringLiteral("tickets"), row, local);
    if (!written.ok()) {
        showError(written.error().userMessage());
        return false;
    }
    const QUuid id = QUuid::fromString(written.value().rowKey);
    accept();
    emit ticketCreated(id);
    return true;
}

} // namespace helpdesk
