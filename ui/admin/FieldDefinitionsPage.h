#pragma once

#include "ui/admin/AdminPage.h"
#include "ui/fields/FieldDefinition.h"

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace helpdesk {

class TicketFieldsForm;

// Custom fields: the definitions of tickets' custom fields (label, key, type, drop-down options, required,
// shown to customers, in use, order), with a live preview of the form agents see. Writes go through the
// sync engine; the server checks ticket values against these definitions.
class FieldDefinitionsPage : public AdminPage
{
    Q_OBJECT
public:
    FieldDefinitionsPage(UserWorkspace& workspace, const IconSet& icons, QWidget* parent = nullptr);

    QStringList tables() const override;
    void reload() override;

    void newField();
    bool save();
    bool deleteField();
    // Swaps the current field with its neighbour (-1 up, +1 down).
    bool move(int direction);
    bool selectField(const QUuid& id);
    QUuid currentField() const { return m_current; }
    // The definition the editor holds now.
    FieldDefinition editedDefinition() const;

private:
    void fillList();
    void showField();
    void updateTypeState();
    const FieldDefinition* current() const;

    std::vector<FieldDefinition> m_definitions;
    QUuid m_current;
    bool m_keyTouched = false;

    QListWidget* m_list = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_heading = nullptr;
    QLineEdit* m_label = nullptr;
    QLineEdit* m_key = nullptr;
    QComboBox* m_type = nullptr;
    QPlainTextEdit* m_options = nullptr;
    QCheckBox* m_required = nullptr;
    QCheckBox* m_visible = nullptr;
    QCheckBox* m_active = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    TicketFieldsForm* m_preview = nullptr;
};

} // namespace helpdesk
