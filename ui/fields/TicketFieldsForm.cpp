#include "ui/fields/TicketFieldsForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>
#include <cmath>

namespace helpdesk {

namespace {

// A QDateEdit cannot be empty: its minimum date stands for "not set" and shows the special text.
const QDate kNoDate(1900, 1, 1);

QString keyOf(const QObject* editor)
{
    return editor->property("fieldKey").toString();
}

} // namespace

TicketFieldsForm::TicketFieldsForm(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ticketFieldsForm"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("No custom fields are defined."), this);
    m_empty->setObjectName(QStringLiteral("fieldsEmpty"));
    m_empty->setEnabled(false);
    outer->addWidget(m_empty);
    auto* body = new QWidget(this);
    m_layout = new QFormLayout(body);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addWidget(body);
    rebuild();
}

void TicketFieldsForm::setDefinitions(std::vector<FieldDefinition> definitions)
{
    // Keep what the user typed but has not been stored (editors are rebuilt).
    const Json current = values();
    m_definitions.clear();
    for (FieldDefinition& definition : definitions)
        if (definition.active)
            m_definitions.push_back(std::move(definition));
    m_values = current;
    rebuild();
}

void TicketFieldsForm::setValues(const Json& customFields)
{
    m_values = customFields.is_object() ? customFields : Json::object();
    m_filling = true;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        const auto found = m_values.find(it.key().toStdString());
        showValue(it.value(), found == m_values.end() ? Json() : *found);
        showProblem(it.value(), QString());
    }
    m_filling = false;
}

void TicketFieldsForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (const Field& field : std::as_const(m_fields))
        field.editor->setEnabled(!readOnly);
}

Json TicketFieldsForm::values() const
{
    Json merged = m_values.is_object() ? m_values : Json::object();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        bool unreadable = false;
        const Json value = editorJson(it.value(), &unreadable);
        if (unreadable || !it.value().definition.problemWith(value).isEmpty())
            continue;
        const std::string key = it.key().toStdString();
        if (value.is_null() && !merged.contains(key))
            continue;
        merged[key] = value;
    }
    return merged;
}

QString TicketFieldsForm::problem(const QString& key) const
{
    const auto it = m_fields.constFind(key);
    return it == m_fields.cend() || it->message->isHidden() ? QString() : it->message->text();
}

bool TicketFieldsForm::validate()
{
    bool fine = true;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        const QString message = check(it.value(), true);
        showProblem(it.value(), message);
        fine = fine && message.isEmpty();
    }
    return fine;
}

QWidget* TicketFieldsForm::editor(const QString& key) const
{
    const auto it = m_fields.constFind(key);
    return it == m_fields.cend() ? nullptr : it->editor;
}

void TicketFieldsForm::rebuild()
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_fields.clear();
    m_empty->setVisible(m_definitions.empty());
    m_filling = true;
    for (const FieldDefinition& definition : m_definitions) {
        Field field;
        field.definition = definition;
        field.editor = createEditor(definition);
        field.editor->setEnabled(!m_readOnly);
        field.message = new QLabel;
        field.message->setObjectName(QStringLiteral("fieldMessage_%1").arg(definition.key));
        field.message->setWordWrap(true);
        QPalette palette = field.message->palette();
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
        field.message->setPalette(palette);
        field.message->hide();

        auto* cell = new QWidget;
        auto* cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(field.editor);
        cellLayout->addWidget(field.message);
        const QString label = definition.required ? tr("%1 *").arg(definition.label) : definition.label;
        auto* labelWidget = new QLabel(label);
        labelWidget->setBuddy(field.editor);
        if (definition.required)
            labelWidget->setToolTip(tr("Required before the ticket is solved or closed"));
        m_layout->addRow(labelWidget, cell);

        const auto found = m_values.find(definition.key.toStdString());
        showValue(field, found == m_values.end() ? Json() : *found);
        m_fields.insert(definition.key, field);
    }
    m_filling = false;
}

QWidget* TicketFieldsForm::createEditor(const FieldDefinition& definition)
{
    QWidget* editor = nullptr;
    switch (definition.type) {
    case FieldDefinition::Type::Text: {
        auto* line = new QLineEdit;
        line->setMaxLength(10000);
        line->setClearButtonEnabled(true);
        connect(line, &QLineEdit::editingFinished, this, [this, line] { userEdited(keyOf(line)); });
        editor = line;
        break;
    }
    case FieldDefinition::Type::Number: {
        auto* line = new QLineEdit;
        line->setPlaceholderText(tr("A number"));
        line->setClearButtonEnabled(true);
        connect(line, &QLineEdit::editingFinished, this, [this, line] { userEdited(keyOf(line)); });
        editor = line;
        break;
    }
    case FieldDefinition::Type::Date: {
        auto* date = new QDateEdit;
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        date->setMinimumDate(kNoDate);
        date->setSpecialValueText(tr("Not set"));
        date->setDate(kNoDate);
        connect(date, &QDateEdit::editingFinished, this, [this, date] { userEdited(keyOf(date)); });
        connect(date, &QDateEdit::dateChanged, this, [this, date] {
            // The calendar pop-up changes the date without editingFinished.
            if (!m_filling && !date->hasFocus())
                userEdited(keyOf(date));
        });
        editor = date;
        break;
    }
    case FieldDefinition::Type::Select: {
        auto* combo = new QComboBox;
        combo->addItem(tr("(none)"), QString());
        for (const QString& option : definition.options)
            combo->addItem(option, option);
        connect(combo, &QComboBox::activated, this, [this, combo] { userEdited(keyOf(combo)); });
        editor = combo;
        break;
    }
    case FieldDefinition::Type::Checkbox: {
        auto* box = new QCheckBox(tr("Yes"));
        connect(box, &QCheckBox::clicked, this, [this, box] { userEdited(keyOf(box)); });
        editor = box;
        break;
    }
    }
    editor->setObjectName(QStringLiteral("field_%1").arg(definition.key));
    editor->setProperty("fieldKey", definition.key);
    editor->setAccessibleName(definition.label);
    return editor;
}

void TicketFieldsForm::showValue(Field& field, const Json& value)
{
    const bool wasFilling = m_filling;
    m_filling = true;
    const QVariant shown = field.definition.fromJsonValue(value);
    switch (field.definition.type) {
    case FieldDefinition::Type::Text:
        static_cast<QLineEdit*>(field.editor)->setText(shown.toString());
        break;
    case FieldDefinition::Type::Number:
        static_cast<QLineEdit*>(field.editor)
            ->setText(shown.isValid() ? QLocale().toString(shown.toDouble(), 'g', 15).remove(QLocale().groupSeparator())
                                      : QString());
        break;
    case FieldDefinition::Type::Date:
        static_cast<QDateEdit*>(field.editor)->setDate(shown.isValid() ? shown.toDate() : kNoDate);
        break;
    case FieldDefinition::Type::Select: {
        auto* combo = static_cast<QComboBox*>(field.editor);
        const QString text = shown.toString();
        int index = combo->findData(text);
        if (index < 0 && !text.isEmpty()) {
            // A value the options no longer offer: shown as it is, so nothing is lost by looking.
            combo->addItem(tr("%1 (no longer offered)").arg(text), text);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index < 0 ? 0 : index);
        break;
    }
    case FieldDefinition::Type::Checkbox:
        static_cast<QCheckBox*>(field.editor)->setChecked(shown.toBool());
        break;
    }
    m_filling = wasFilling;
}

Json TicketFieldsForm::editorJson(const Field& field, bool* unreadable) const
{
    *unreadable = false;
    const FieldDefinition& d = field.definition;
    switch (d.type) {
    case FieldDefinition::Type::Text:
        return d.toJsonValue(static_cast<QLineEdit*>(field.editor)->text());
    case FieldDefinition::Type::Number: {
        const QString text = static_cast<QLineEdit*>(field.editor)->text().trimmed();
        if (text.isEmpty())
            return nullptr;
        bool ok = false;
        double number = QLocale().toDouble(text, &ok);
        if (!ok)
            number = QLocale::c().toDouble(text, &ok);
        if (!ok || !std::isfinite(number)) {
            *unreadable = true;
            return nullptr;
        }
        return d.toJsonValue(number);
    }
    case FieldDefinition::Type::Date: {
        const QDate date = static_cast<QDateEdit*>(field.editor)->date();
        return date == kNoDate ? Json(nullptr) : d.toJsonValue(date);
    }
    case FieldDefinition::Type::Select:
        return d.toJsonValue(static_cast<QComboBox*>(field.editor)->currentData().toString());
    case FieldDefinition::Type::Checkbox:
        return d.toJsonValue(static_cast<QCheckBox*>(field.editor)->isChecked());
    }
    return nullptr;
}

QString TicketFieldsForm::check(const Field& field, bool includeRequired) const
{
    bool unreadable = false;
    const Json value = editorJson(field, &unreadable);
    if (unreadable)
        return tr("%1 needs a number, such as 12 or 3.5.").arg(field.definition.label);
    if (value.is_null()) {
        if (!field.definition.required)
            return QString();
        const auto stored = m_values.find(field.definition.key.toStdString());
        const bool hadValue = stored != m_values.end() && !stored->is_null();
        // A required value cannot be cleared; an empty one is only reported when asked (before solving).
        if (hadValue)
            return tr("%1 is required and cannot be cleared.").arg(field.definition.label);
        return includeRequired ? field.definition.problemWith(value) : QString();
    }
    return field.definition.problemWith(value);
}

void TicketFieldsForm::showProblem(Field& field, const QString& problem)
{
    field.message->setText(problem);
    field.message->setVisible(!problem.isEmpty());
    field.editor->setToolTip(problem);
}

void TicketFieldsForm::userEdited(const QString& key)
{
    if (m_filling || m_readOnly)
        return;
    auto it = m_fields.find(key);
    if (it == m_fields.end())
        return;
    Field& field = it.value();
    const QString message = check(field, false);
    showProblem(field, message);
    if (!message.isEmpty())
        return;
    bool unreadable = false;
    const Json value = editorJson(field, &unreadable);
    const std::string wireKey = key.toStdString();
    const auto stored = m_values.find(wireKey);
    const Json before = stored == m_values.end() ? Json() : *stored;
    if (before == value)
        return;
    if (value.is_null() && before.is_null())
        return;
    m_values[wireKey] = value;
    emit fieldChanged(key, field.definition.fromJsonValue(value));
}

} // namespace helpdesk
