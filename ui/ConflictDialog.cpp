#include "ConflictDialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpdesk {

namespace {
QString valueText(const Json &value)
{
    if (value.is_null()) {
        return ConflictDialog::tr("(empty)");
    }
    if (value.is_string()) {
        return QString::fromStdString(value.get<std::string>());
    }
    return QString::fromStdString(value.dump());
}
} // namespace

ConflictDialog::ConflictDialog(const ConflictRecord &record, QWidget *parent)
    : QDialog(parent)
    , m_record(record)
{
    setObjectName(QStringLiteral("conflictDialog"));
    const bool conflict = record.kind == ConflictRecord::Kind::Conflict;
    setWindowTitle(conflict ? tr("Changed by someone else") : tr("Change not accepted"));
    auto *layout = new QVBoxLayout(this);
    auto *reason = new QLabel(record.reason.isEmpty()
                                  ? tr("This item changed on the server while you were editing it.")
                                  : record.reason,
                              this);
    reason->setWordWrap(true);
    layout->addWidget(reason);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Field")), this), 0, 0);
    grid->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Your version")), this), 0, 1);
    grid->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Server version")), this), 0, 2);
    int row = 1;
    if (record.localChange.is_object()) {
        for (auto it = record.localChange.begin(); it != record.localChange.end(); ++it) {
            const QString field = QString::fromStdString(it.key());
            const QString mine = valueText(it.value());
            QString theirs = tr("(unknown)");
            if (record.serverRow && record.serverRow->is_object() && record.serverRow->contains(it.key())) {
                theirs = valueText(record.serverRow->at(it.key()));
            }
            grid->addWidget(new QLabel(field, this), row, 0);
            auto *mineLabel = new QLabel(mine, this);
            mineLabel->setObjectName(QStringLiteral("mine_%1").arg(field));
            grid->addWidget(mineLabel, row, 1);
            auto *theirsLabel = new QLabel(theirs, this);
            theirsLabel->setObjectName(QStringLiteral("theirs_%1").arg(field));
            grid->addWidget(theirsLabel, row, 2);
            m_fields.append(QStringLiteral("%1: %2 → %3").arg(field, mine, theirs));
            ++row;
        }
    }
    layout->addLayout(grid);

    auto *buttons = new QDialogButtonBox(this);
    if (conflict && record.table != QLatin1String("ticket_messages")) {
        auto *mine = buttons->addButton(tr("Apply my version"), QDialogButtonBox::AcceptRole);
        mine->setObjectName(QStringLiteral("applyMineButton"));
        auto *theirs = buttons->addButton(tr("Keep the server's version"), QDialogButtonBox::RejectRole);
        theirs->setObjectName(QStringLiteral("keepServerButton"));
        connect(mine, &QPushButton::clicked, this, [this] {
            emit chosen(m_record, static_cast<int>(Choice::ApplyMine));
            accept();
        });
        connect(theirs, &QPushButton::clicked, this, [this] {
            emit chosen(m_record, static_cast<int>(Choice::KeepServer));
            reject();
        });
    } else {
        auto *ok = buttons->addButton(QDialogButtonBox::Ok);
        ok->setObjectName(QStringLiteral("keepServerButton"));
        connect(ok, &QPushButton::clicked, this, [this] {
            emit chosen(m_record, static_cast<int>(Choice::KeepServer));
            accept();
        });
    }
    layout->addWidget(buttons);
}

} // namespace helpdesk
