#include "ui/admin/FieldDefinitionsPage.h"

#include "sync/SyncEngine.h"
#include "ui/IconSet.h"
#include "ui/MessageBox.h"
#include "ui/UserWorkspace.h"
#include "ui/fields/TicketFieldsForm.h"

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
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>

namespace helpdesk {

namespace {

const QString kTable = QStringLiteral("ticket_field_definitions");

} // namespace

FieldDefinitionsPage::FieldDefinitionsPage(UserWorkspace& workspace, const IconSet& icons, QWidget* parent)
    : AdminPage(workspace, icons, parent)
{
    setObjectName(QStringLiteral("adminFieldsPage"));
    contentLayout()->addWidget(new QLabel(tr("<h2>Custom fields</h2>")));
    auto* hint = new QLabel(tr("Extra fields on every ticket. Required fields must be filled in before a ticket is "
                               "solved or closed; fields shown to customers can be filled in by them."));
    hint->setWordWrap(true);
    contentLayout()->addWidget(hint);
    auto* splitter = new QSplitter;
    contentLayout()->addWidget(splitter, 1);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* newButton = new QPushButton(icons.icon(QStringLiteral("plus")), tr("New field"));
    newButton->setObjectName(QStringLiteral("fieldNew"));
    leftLayout->addWidget(newButton);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("fieldsList"));
    m_list->setUniformItemSizes(true);
    leftLayout->addWidget(m_list, 1);
    auto* order = new QHBoxLayout;
    m_up = new QPushButton(tr("Move up"));
    m_up->setObjectName(QStringLiteral("fieldUp"));
    m_down = new QPushButton(tr("Move down"));
    m_down->setObjectName(QStringLiteral("fieldDown"));
    order->addWidget(m_up);
    order->addWidget(m_down);
    leftLayout->addLayout(order);
    m_empty = new QLabel(tr("No custom fields yet. Press Ctrl+N to add one, for example an order number."));
    m_empty->setObjectName(QStringLiteral("fieldsEmptyList"));
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
    m_heading->setObjectName(QStringLiteral("fieldHeading"));
    editorLayout->addWidget(m_heading);
    auto* form = new QFormLayout;
    m_label = new QLineEdit;
    m_label->setObjectName(QStringLiteral("fieldLabel"));
    m_label->setMaxLength(200);
    m_label->setPlaceholderText(tr("For example: Order number"));
    form->addRow(tr("&Label"), m_label);
    m_key = new QLineEdit;
    m_key->setObjectName(QStringLiteral("fieldKey"));
    m_key->setMaxLength(63);
    m_key->setToolTip(tr("The name the value is stored under. It cannot be changed once the field exists."));
    form->addRow(tr("&Key"), m_key);
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("fieldType"));
    for (auto type : {FieldDefinition::Type::Text, FieldDefinition::Type::Number, FieldDefinition::Type::Date,
                      FieldDefinition::Type::Select, FieldDefinition::Type::Checkbox})
        m_type->addItem(FieldDefinition::typeLabel(type), FieldDefinition::typeToWire(type));
    form->addRow(tr("&Type"), m_type);
    m_options = new QPlainTextEdit;
    m_options->setObjectName(QStringLiteral("fieldOptions"));
    m_options->setPlaceholderText(tr("One option per line"));
    m_options->setTabChangesFocus(true);
    m_options->setMaximumHeight(110);
    form->addRow(tr("&Options"), m_options);
    m_required = new QCheckBox(tr("Required before solving or closing"));
    m_required->setObjectName(QStringLiteral("fieldRequired"));
    form->addRow(QString(), m_required);
    m_visible = new QCheckBox(tr("Customers see and fill in this field"));
    m_visible->setObjectName(QStringLiteral("fieldVisible"));
    form->addRow(QString(), m_visible);
    m_active = new QCheckBox(tr("In use (unticked: hidden, existing values kept)"));
    m_active->setObjectName(QStringLiteral("fieldActive"));
    form->addRow(QString(), m_active);
    editorLayout->addLayout(form);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("fieldProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c01c28"));
    m_problem->hide();
    editorLayout->addWidget(m_problem);
    auto* buttons = new QHBoxLayout;
    auto* saveButton = new QPushButton(icons.icon(QStringLiteral("save")), tr("Save"));
    saveButton->setObjectName(QStringLiteral("fieldSave"));
    m_delete = new QPushButton(icons.icon(QStringLiteral("trash-2")), tr("Delete field"));
    m_delete->setObjectName(QStringLiteral("fieldDelete"));
    buttons->addWidget(saveButton);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    editorLayout->addLayout(buttons);
    auto* previewBox = new QGroupBox(tr("Preview: what agents see on a ticket"));
    auto* previewLayout = new QVBoxLayout(previewBox);
    m_preview = new TicketFieldsForm;
    m_preview->setObjectName(QStringLiteral("fieldsPreview"));
    previewLayout->addWidget(m_preview);
    editorLayout->addWidget(previewBox);
    editorLayout->addStretch(1);
    scroll->setWidget(editor);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 2);

    auto* newAction =
        addPageAction(QStringLiteral("fieldNewAction"), tr("New field"), QStringLiteral("plus"), QKeySequence::New);
    auto* saveAction =
        addPageAction(QStringLiteral("fieldSaveAction"), tr("Save field"), QStringLiteral("save"), QKeySequence::Save);
    auto* deleteAction = addPageAction(QStringLiteral("fieldDeleteAction"), tr("Delete field"),
                                       QStringLiteral("trash-2"), QKeySequence(Qt::CTRL | Qt::Key_Delete));
    connect(newAction, &QAction::triggered, this, &FieldDefinitionsPage::newField);
    connect(saveAction, &QAction::triggered, this, [this] { save(); });
    connect(deleteAction, &QAction::triggered, this, [this] { deleteField(); });
    connect(newButton, &QPushButton::clicked, this, &FieldDefinitionsPage::newField);
    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteField(); });
    auto* upAction = addPageAction(QStringLiteral("fieldUpAction"), tr("Move field up"), QStringLiteral("chevron-down"),
                                   QKeySequence(Qt::CTRL | Qt::Key_Up));
    auto* downAction = addPageAction(QStringLiteral("fieldDownAction"), tr("Move field down"),
                                     QStringLiteral("chevron-down"), QKeySequence(Qt::CTRL | Qt::Key_Down));
    connect(upAction, &QAction::triggered, this, [this] { move(-1); });
    connect(downAction, &QAction::triggered, this, [this] { move(1); });
    m_up->setToolTip(upAction->toolTip());
    m_down->setToolTip(downAction->toolTip());
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { updateTypeState(); });
    connect(m_label, &QLineEdit::textEdited, this, [this](const QString& label) {
        if (m_current.isNull() && !m_keyTouched)
            m_key->setText(FieldDefinition::keyFromLabel(label));
    });
    connect(m_key, &QLineEdit::textEdited, this, [this] { m_keyTouched = true; });
    trackEdits({m_label, m_key, m_type, m_options, m_required, m_visible, m_active});
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (!item)
            return;
        m_current = QUuid::fromString(item->data(Qt::UserRole).toString());
        setEdited(false);
        showField();
    });

    reload();
}

QStringList FieldDefinitionsPage::tables() const
{
    return {kTable};
}

void FieldDefinitionsPage::reload()
{
    auto loaded = FieldDefinition::loadAll(workspace().sync().mirror(), true);
    if (!loaded.ok()) {
        showError(tr("The custom fields could not be read from the local copy: %1").arg(loaded.error().userMessage()));
        m_definitions.clear();
    } else {
        m_definitions = std::move(loaded.value());
    }
    m_preview->setDefinitions(m_definitions);
    m_preview->setValues(Json::object());
    fillList();
}

const FieldDefinition* FieldDefinitionsPage::current() const
{
    for (const FieldDefinition& definition : m_definitions)
        if (definition.id == m_current)
            return &definition;
    return nullptr;
}

void FieldDefinitionsPage::fillList()
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const FieldDefinition& definition : m_definitions) {
            QString title = tr("%1 — %2").arg(definition.label, FieldDefinition::typeLabel(definition.type));
            if (definition.required)
                title = tr("%1, required").arg(title);
            if (!definition.active)
                title = tr("%1 (not in use)").arg(title);
            auto* item = new QListWidgetItem(title);
            item->setData(Qt::UserRole, definition.id.toString(QUuid::WithoutBraces));
            if (!definition.active)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_list->addItem(item);
            if (definition.id == m_current)
                m_list->setCurrentItem(item);
        }
    }
    m_empty->setVisible(m_definitions.empty());
    if (!m_current.isNull() && !current()) {
        m_current = QUuid();
        setEdited(false); // the field being edited is gone
    }
    if (hasUnsavedEdits())
        return; // keep what the user is writing
    if (m_current.isNull() && m_label->text().isEmpty() && !m_definitions.empty())
        selectField(m_definitions.front().id);
    else
        showField();
}

bool FieldDefinitionsPage::selectField(const QUuid& id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (QUuid::fromString(m_list->item(i)->data(Qt::UserRole).toString()) == id) {
            m_current = id;
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentRow(i);
            showField();
            return true;
        }
    }
    return false;
}

void FieldDefinitionsPage::newField()
{
    setEdited(false);
    m_current = QUuid();
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentItem(nullptr);
    }
    m_label->clear();
    m_key->clear();
    m_options->clear();
    m_type->setCurrentIndex(0);
    m_required->setChecked(false);
    m_visible->setChecked(false);
    m_active->setChecked(true);
    m_keyTouched = false;
    setEdited(false);
    showField();
    m_label->setFocus();
}

void FieldDefinitionsPage::showField()
{
    m_problem->hide();
    const FieldDefinition* definition = current();
    const int index = definition ? static_cast<int>(definition - m_definitions.data()) : -1;
    m_up->setEnabled(index > 0);
    m_down->setEnabled(index >= 0 && index + 1 < static_cast<int>(m_definitions.size()));
    m_delete->setEnabled(definition != nullptr);
    m_key->setReadOnly(definition != nullptr);
    if (hasUnsavedEdits())
        return;
    if (!definition) {
        m_heading->setText(tr("<b>New field</b> — give it a label and save (Ctrl+S)."));
        updateTypeState();
        return;
    }
    m_heading->setText(tr("<b>%1</b>").arg(definition->label.toHtmlEscaped()));
    m_label->setText(definition->label);
    m_key->setText(definition->key);
    m_type->setCurrentIndex(m_type->findData(FieldDefinition::typeToWire(definition->type)));
    m_options->setPlainText(definition->options.join(QLatin1Char('\n')));
    m_required->setChecked(definition->required);
    m_visible->setChecked(definition->visibleToCustomers);
    m_active->setChecked(definition->active);
    updateTypeState();
    setEdited(false); // filled from the cache, not typed
}

void FieldDefinitionsPage::updateTypeState()
{
    const bool select = m_type->currentData().toString() == FieldDefinition::typeToWire(FieldDefinition::Type::Select);
    m_options->setEnabled(select);
}

FieldDefinition FieldDefinitionsPage::editedDefinition() const
{
    FieldDefinition definition;
    if (const FieldDefinition* existing = current())
        definition = *existing;
    definition.label = m_label->text().trimmed();
    definition.key = m_key->text().trimmed();
    definition.type =
        FieldDefinition::typeFromWire(m_type->currentData().toString()).value_or(FieldDefinition::Type::Text);
    definition.options.clear();
    if (definition.type == FieldDefinition::Type::Select)
        for (const QString& line : m_options->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (!line.trimmed().isEmpty())
                definition.options.append(line.trimmed());
    definition.required = m_required->isChecked();
    definition.visibleToCustomers = m_visible->isChecked();
    definition.active = m_active->isChecked();
    return definition;
}

bool FieldDefinitionsPage::save()
{
    FieldDefinition definition = editedDefinition();
    QString why = definition.definitionProblem();
    if (why.isEmpty()) {
        for (const FieldDefinition& other : m_definitions)
            if (other.id != definition.id && other.key == definition.key)
                why = tr("Another field (\"%1\") already uses the key \"%2\".").arg(other.label, definition.key);
    }
    if (!why.isEmpty()) {
        m_problem->setText(why);
        m_problem->show();
        return false;
    }
    m_problem->hide();
    SyncEngine& sync = workspace().sync();
    setEdited(false);
    if (m_current.isNull()) {
        definition.id = QUuid::createUuid();
        int last = 0;
        for (const FieldDefinition& other : m_definitions)
            last = std::max(last, other.position);
        definition.position = m_definitions.empty() ? 1 : last + 1;
        if (!queued(sync.insertRow(kTable, definition.toRow())))
            return false;
        m_current = definition.id;
        showInfo(tr("Field \"%1\" added.").arg(definition.label));
    } else {
        Json changes = definition.toRow();
        changes.erase("id");
        changes.erase("key"); // fixed once created
        if (!queued(sync.updateRow(kTable, m_current.toString(QUuid::WithoutBraces), changes)))
            return false;
        showInfo(tr("Field \"%1\" saved.").arg(definition.label));
    }
    m_keyTouched = false;
    reload();
    return true;
}

bool FieldDefinitionsPage::deleteField()
{
    const FieldDefinition* definition = current();
    if (!definition) {
        showError(tr("Select the field to delete."));
        return false;
    }
    const QString label = definition->label;
    const auto answer = MessageBox::question(
        this, tr("Delete field"),
        tr("Delete the field \"%1\"? Values already on tickets stay stored but are no longer shown. To keep "
           "showing them, untick \"In use\" instead.")
            .arg(label),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    if (!queued(workspace().sync().removeRow(kTable, m_current.toString(QUuid::WithoutBraces))))
        return false;
    showInfo(tr("Field \"%1\" deleted.").arg(label));
    m_current = QUuid();
    setEdited(false);
    m_label->clear();
    reload();
    return true;
}

bool FieldDefinitionsPage::move(int direction)
{
    const FieldDefinition* definition = current();
    if (!definition)
        return false;
    const int index = static_cast<int>(definition - m_definitions.data());
    const int other = index + direction;
    if (other < 0 || other >= static_cast<int>(m_definitions.size()))
        return false;
    // Positions may repeat (ties sort by label): renumber the list 1..n with the two swapped.
    const FieldDefinition& a = m_definitions[static_cast<std::size_t>(index)];
    const FieldDefinition& b = m_definitions[static_cast<std::size_t>(other)];
    SyncEngine& sync = workspace().sync();
    for (std::size_t i = 0; i < m_definitions.size(); ++i) {
        const FieldDefinition& d = m_definitions[i];
        const int wanted = d.id == a.id ? other + 1 : d.id == b.id ? index + 1 : static_cast<int>(i) + 1;
        if (d.position == wanted)
            continue;
        if (!queued(sync.updateRow(kTable, d.id.toString(QUuid::WithoutBraces), Json{{"position", wanted}})))
            return false;
    }
    reload();
    return true;
}

} // namespace helpdesk
