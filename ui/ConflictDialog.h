#pragma once

#include "store/ConflictRecord.h"

#include <QDialog>

namespace helpdesk {

// A write the server did not take: for a conflict, the user's change and the server's current values side
// by side, and the choice of which to keep; for a rejected write, the reason (the edit was reverted).
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { KeepServer, ApplyMine };
    Q_ENUM(Choice)

    explicit ConflictDialog(const ConflictRecord &record, QWidget *parent = nullptr);

    const ConflictRecord &record() const { return m_record; }
    // The fields the user changed, as "name: mine → server" rows (shown in the dialog; for tests).
    QStringList comparedFields() const { return m_fields; }

signals:
    void chosen(const helpdesk::ConflictRecord &record, int choice); // a Choice

private:
    ConflictRecord m_record;
    QStringList m_fields;
};

} // namespace helpdesk
