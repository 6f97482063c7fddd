#pragma once

#include "core/Json.h"
#include "ui/fields/FieldDefinition.h"

#include <QHash>
#include <QString>
#include <QVariant>
#include <QWidget>
#include <vector>

class QFormLayout;
class QLabel;

namespace helpdesk {

// The custom fields of one ticket as a form: one editor per active definition (line edit, number, date,
// drop-down, check box), in the definitions' order. The ticket view embeds it (#include
// "ui/fields/TicketFieldsForm.h"):
//
//   auto *form = new TicketFieldsForm(this);
//   form->setDefinitions(FieldDefinition::loadAll(workspace.sync().mirror()).value());
//   form->setValues(ticket.customFields);       // the ticket's custom_fields (a JSON object)
//   connect(form, &TicketFieldsForm::fieldChanged, this, [](const QString &key, const QVariant &value) {
//       // write custom_fields[key] = FieldDefinition::toJsonValue(value) through the sync engine
//   });
//
// fieldChanged is emitted only for a value the user changed and that passes the definition's rules (type,
// options, required); otherwise the field shows the reason inline under the editor and nothing is emitted.
// setDefinitions/setValues never emit. A value in custom_fields whose definition is gone is kept untouched.
class TicketFieldsForm : public QWidget
{
    Q_OBJECT
public:
    explicit TicketFieldsForm(QWidget* parent = nullptr);

    // Rebuilds the editors (inactive definitions are skipped). Keeps the current values where keys remain.
    void setDefinitions(std::vector<FieldDefinition> definitions);
    // The ticket's custom_fields object (null or non-object: no values). Clears the inline messages.
    void setValues(const Json& customFields);
    // Customers and read-only viewers: editors disabled.
    void setReadOnly(bool readOnly);

    const std::vector<FieldDefinition>& definitions() const { return m_definitions; }
    // The current values of all shown fields merged over the last setValues() object (JSON as stored).
    Json values() const;
    // The inline message shown for a field (empty when the field is fine).
    QString problem(const QString& key) const;
    // Checks every field (required ones included) and shows the messages; true if all are fine.
    bool validate();
    bool isEmpty() const { return m_fields.isEmpty(); }

    // The editor of a field (object name "field_<key>"), for tests and focus handling; null if not shown.
    QWidget* editor(const QString& key) const;

signals:
    // key: the definition's key; value: QString (text, select; empty = cleared), double (number), QDate
    // (date; invalid = cleared), bool (checkbox), or an invalid QVariant when the field was cleared.
    void fieldChanged(const QString& key, const QVariant& value);

private:
    struct Field
    {
        FieldDefinition definition;
        QWidget* editor = nullptr;
        QLabel* message = nullptr;
    };

    void rebuild();
    QWidget* createEditor(const FieldDefinition& definition);
    void showValue(Field& field, const Json& value);
    // The editor's value as JSON (null when empty); *unreadable set when the text is not a number.
    Json editorJson(const Field& field, bool* unreadable) const;
    void userEdited(const QString& key);
    QString check(const Field& field, bool includeRequired) const;
    void showProblem(Field& field, const QString& problem);

    std::vector<FieldDefinition> m_definitions;
    QHash<QString, Field> m_fields;
    Json m_values = Json::object();
    bool m_filling = false;
    bool m_readOnly = false;
    QFormLayout* m_layout = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace helpdesk
