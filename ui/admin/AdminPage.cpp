#include "ui/admin/AdminPage.h"

#include "store/ConflictRecord.h"
#include "store/MirrorSchema.h"
#include "store/MirrorStore.h"
#include "sync/SyncEngine.h"
#include "ui/IconSet.h"
#include "ui/UserWorkspace.h"
#include "ui/admin/BusinessHoursEditor.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace helpdesk {

AdminPage::AdminPage(UserWorkspace& workspace, const IconSet& icons, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_icons(icons)
{
    auto* outer = new QVBoxLayout(this);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("adminBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setMargin(8);
    m_banner->setAutoFillBackground(true);
    m_banner->hide();
    outer->addWidget(m_banner);
    m_content = new QVBoxLayout;
    m_content->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(m_content, 1);
}

QString AdminPage::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void AdminPage::showError(const QString& text)
{
    m_bannerIsError = true;
    QPalette palette = m_banner->palette();
    palette.setColor(QPalette::Window, QColor(0xfd, 0xe8, 0xe8));
    palette.setColor(QPalette::WindowText, QColor(0x8a, 0x11, 0x1c));
    m_banner->setPalette(palette);
    m_banner->setText(text);
    m_banner->show();
}

void AdminPage::showInfo(const QString& text)
{
    m_bannerIsError = false;
    QPalette palette = m_banner->palette();
    palette.setColor(QPalette::Window, QColor(0xe6, 0xf4, 0xea));
    palette.setColor(QPalette::WindowText, QColor(0x14, 0x53, 0x2d));
    m_banner->setPalette(palette);
    m_banner->setText(text);
    m_banner->show();
}

void AdminPage::clearBanner()
{
    m_bannerIsError = false;
    m_banner->clear();
    m_banner->hide();
}

void AdminPage::showRejection(const ConflictRecord& record)
{
    showError(record.reason.isEmpty() ? tr("The server did not accept a change on this page. It was undone.")
                                      : record.reason);
    reload();
}

Json AdminPage::cachedRows(const QString& table)
{
    const MirrorTable* mirror = MirrorSchema::table(table);
    if (!mirror) {
        showError(tr("This version of the application does not keep \"%1\" in its local copy.").arg(table));
        return Json::array();
    }
    MirrorStore& store = m_workspace.sync().mirror();
    auto keys = store.rowKeys(*mirror);
    auto rows = keys.ok() ? store.rows(*mirror, keys.value()) : Result<Json>(keys.error());
    if (!rows.ok()) {
        showError(tr("The local copy could not be read: %1").arg(rows.error().userMessage()));
        return Json::array();
    }
    Json kept = Json::array();
    for (const Json& row : rows.value()) {
        const auto deleted = row.find("deleted_at");
        if (deleted != row.end() && !deleted->is_null())
            continue;
        kept.push_back(row);
    }
    return kept;
}

bool AdminPage::queued(const Result<OutboxEntry>& write)
{
    if (write.ok())
        return true;
    showError(tr("The change could not be saved on this computer: %1").arg(write.error().userMessage()));
    return false;
}

QAction* AdminPage::addPageAction(const QString& objectName, const QString& text, const QString& iconName,
                                  const QKeySequence& shortcut)
{
    auto* action = new QAction(m_icons.icon(iconName), text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    if (!shortcut.isEmpty())
        action->setToolTip(tr("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
    addAction(action);
    return action;
}

void AdminPage::trackEdits(const QList<QWidget*>& editors)
{
    const auto edited = [this] { m_edited = true; };
    for (QWidget* editor : editors) {
        if (auto* line = qobject_cast<QLineEdit*>(editor))
            connect(line, &QLineEdit::textEdited, this, edited);
        else if (auto* text = qobject_cast<QPlainTextEdit*>(editor))
            connect(text, &QPlainTextEdit::textChanged, this, edited);
        else if (auto* combo = qobject_cast<QComboBox*>(editor))
            connect(combo, &QComboBox::activated, this, edited);
        else if (auto* button = qobject_cast<QAbstractButton*>(editor))
            connect(button, &QAbstractButton::clicked, this, edited);
        else if (auto* spin = qobject_cast<QSpinBox*>(editor))
            connect(spin, &QSpinBox::valueChanged, this, edited);
        else if (auto* hours = qobject_cast<BusinessHoursEditor*>(editor))
            connect(hours, &BusinessHoursEditor::changed, this, edited);
    }
}

void AdminPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_guardingShortcuts)
        return;
    m_guardingShortcuts = true;
    for (QWidget* child : findChildren<QWidget*>())
        child->installEventFilter(this);
}

bool AdminPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (!(key->modifiers() & Qt::ControlModifier))
        return QWidget::eventFilter(watched, event);
    const QKeySequence pressed(key->keyCombination());
    for (QAction* action : actions()) {
        if (!action->isEnabled() || action->shortcut() != pressed)
            continue;
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept(); // not a window shortcut: the key press comes here instead
            return true;
        }
        action->trigger();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool AdminPage::online()
{
    return m_workspace.sync().state() != SyncEngine::State::Offline;
}

QString AdminPage::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace helpdesk
