#include "ticket/MacroPicker.h"

#include "store/MirrorSchema.h"
#include "store/MirrorStore.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace helpdesk {

MacroPicker::MacroPicker(CacheDatabase &cache, const QList<QUuid> &teams, QWidget *parent)
    : QDialog(parent)
    , m_macros(available(cache, teams))
{
    setObjectName(QStringLiteral("macroPicker"));
    setWindowTitle(tr("Apply a macro"));
    resize(560, 440);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("macroSearch"));
    m_search->setPlaceholderText(tr("Type to find a macro…"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("macroList"));
    m_list->setUniformItemSizes(true);
    m_empty = new QLabel(m_macros.empty() ? tr("No macros yet. An admin can create them in the admin area.")
                                          : tr("No macro matches."),
                         this);
    m_empty->setObjectName(QStringLiteral("macroEmpty"));
    m_empty->setProperty("muted", true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_actions = new QLabel(this);
    m_actions->setObjectName(QStringLiteral("macroActions"));
    m_actions->setWordWrap(true);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("macroPreview"));
    m_preview->setReadOnly(true);
    m_preview->setMaximumHeight(140);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *apply = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("macroApplyButton"));
    apply->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { choose(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &MacroPicker::refilter);
    connect(m_list, &QListWidget::currentRowChanged, this, &MacroPicker::showPreview);
    connect(m_list, &QListWidget::itemActivated, this, [this] { choose(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_actions);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);
    refilter();
}

std::vector<Macro> MacroPicker::available(CacheDatabase &cache, const QList<QUuid> &teams)
{
    std::vector<Macro> macros;
    const MirrorTable *table = MirrorSchema::table(QStringLiteral("macros"));
    if (!table) {
        return macros;
    }
    MirrorStore store(cache);
    auto keys = store.rowKeys(*table);
    auto rows = keys.ok() ? store.rows(*table, keys.value()) : Result<Json>(keys.error());
    if (!rows.ok()) {
        return macros;
    }
    for (const Json &json : rows.value()) {
        try {
            Macro macro;
            from_json(json, macro);
            if (macro.isActive && !macro.deletedAt && (!macro.teamId || teams.contains(*macro.teamId))) {
                macros.push_back(std::move(macro));
            }
        } catch (const std::exception &) {
        }
    }
    std::sort(macros.begin(), macros.end(),
              [](const Macro &a, const Macro &b) { return a.title.localeAwareCompare(b.title) < 0; });
    return macros;
}

QString MacroPicker::describeActions(const Macro &macro)
{
    QStringList parts;
    if (macro.actions.is_array()) {
        for (const Json &action : macro.actions) {
            if (!action.is_object()) {
                continue;
            }
            const QString field = QString::fromStdString(action.value("field", std::string()));
            auto list = [](const Json &tags, const QString &sign) {
                QStringList out;
                if (tags.is_array()) {
                    for (const Json &tag : tags) {
                        if (tag.is_string()) {
                            out.append(sign + QString::fromStdString(tag.get<std::string>()));
                        }
                    }
                }
                return out;
            };
            if (field == QLatin1String("tags")) {
                QStringList tags = list(action.value("add", Json()), QStringLiteral("+"));
                tags += list(action.value("remove", Json()), QStringLiteral("−"));
                tags += list(action.value("value", Json()), QString());
                parts.append(tr("Tags: %1").arg(tags.join(QLatin1Char(' '))));
            } else if (field == QLatin1String("status")) {
                parts.append(tr("Status: %1").arg(QString::fromStdString(action.value("value", std::string()))));
            } else if (field == QLatin1String("priority")) {
                parts.append(tr("Priority: %1").arg(QString::fromStdString(action.value("value", std::string()))));
            } else if (field == QLatin1String("team_id")) {
                parts.append(tr("Sets the team"));
            } else if (field == QLatin1String("assignee_id")) {
                parts.append(tr("Sets the assignee"));
            } else if (!field.isEmpty()) {
                parts.append(field);
            }
        }
    }
    return parts.isEmpty() ? tr("No actions: inserts the text only.") : parts.join(QStringLiteral(" · "));
}

void MacroPicker::refilter()
{
    const QStringList words = m_search->text().simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_list->clear();
    for (int i = 0; i < static_cast<int>(m_macros.size()); ++i) {
        const Macro &macro = m_macros[static_cast<std::size_t>(i)];
        const bool match = std::all_of(words.begin(), words.end(), [&](const QString &word) {
            return macro.title.contains(word, Qt::CaseInsensitive) || macro.body.contains(word, Qt::CaseInsensitive);
        });
        if (match) {
            auto *item = new QListWidgetItem(macro.title, m_list);
            item->setData(Qt::UserRole, i);
        }
    }
    m_list->setVisible(m_list->count() > 0);
    m_empty->setVisible(m_list->count() == 0);
    if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
    showPreview();
}

void MacroPicker::showPreview()
{
    QListWidgetItem *item = m_list->currentItem();
    m_preview->setVisible(item != nullptr);
    m_actions->setVisible(item != nullptr);
    if (!item) {
        return;
    }
    const Macro &macro = m_macros[static_cast<std::size_t>(item->data(Qt::UserRole).toInt())];
    m_actions->setText(describeActions(macro));
    m_preview->setPlainText(macro.body);
}

int MacroPicker::visibleCount() const
{
    return m_list->count();
}

void MacroPicker::setFilterText(const QString &text)
{
    m_search->setText(text);
}

bool MacroPicker::choose()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item) {
        return false;
    }
    const Macro macro = m_macros[static_cast<std::size_t>(item->data(Qt::UserRole).toInt())];
    accept();
    emit macroChosen(macro);
    return true;
}

bool MacroPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int next = m_list->currentRow() + (key->key() == Qt::Key_Down ? 1 : -1);
            if (next >= 0 && next < m_list->count()) {
                m_list->setCurrentRow(next);
            }
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            choose();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace helpdesk
