#pragma once

#include "core/Json.h"
#include "core/Result.h"
#include "store/OutboxEntry.h"

#include <QKeySequence>
#include <QStringList>
#include <QWidget>

class QAction;
class QLabel;
class QVBoxLayout;

namespace helpdesk {

class IconSet;
class UserWorkspace;
struct ConflictRecord;

// What every admin page shares: a banner for errors and confirmations above the page's own content, reads
// of whole mirrored tables from the cache, writes through the sync engine (cache + outbox, works offline)
// with their failures put into words, and the page's keyboard shortcuts (new, save, delete).
class AdminPage : public QWidget
{
    Q_OBJECT
public:
    AdminPage(UserWorkspace& workspace, const IconSet& icons, QWidget* parent = nullptr);

    // The mirrored tables the page shows; the area reloads the page when one of them changes.
    virtual QStringList tables() const = 0;
    // Re-reads everything from the cache, keeping the selection where it still exists.
    virtual void reload() = 0;

    // The banner (object name "adminBanner"): text shown, empty when hidden.
    QString bannerText() const;
    bool bannerIsError() const { return m_bannerIsError; }
    void showError(const QString& text);
    void showInfo(const QString& text);
    void clearBanner();

    // A write the server refused (SyncEngine::writeRejected) that belongs to this page: said in the banner.
    void showRejection(const ConflictRecord& record);

protected:
    // The page's Ctrl shortcuts win over the window's (New ticket is Ctrl+N everywhere): a key that is one of
    // them is claimed while focus is inside the page and triggers the page's action.
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

    QVBoxLayout* contentLayout() const { return m_content; }
    UserWorkspace& workspace() { return m_workspace; }
    const IconSet& icons() const { return m_icons; }

    // Every row of a mirrored table (server shape), rows with deleted_at left out; an error goes to the banner.
    Json cachedRows(const QString& table);
    // Reports a failed local write in the banner; true when the write was queued.
    bool queued(const Result<OutboxEntry>& write);
    // A page action with a shortcut active while focus is anywhere in the page.
    QAction* addPageAction(const QString& objectName, const QString& text, const QString& iconName,
                           const QKeySequence& shortcut);
    // Marks the page as edited when the user changes one of these editors (line edits, text edits, combo
    // boxes, check boxes, spin boxes, business hours). A page reloaded because the
    // sync engine changed its tables keeps unsaved edits instead of overwriting them with the cache.
    void trackEdits(const QList<QWidget*>& editors);
    bool hasUnsavedEdits() const { return m_edited; }
    void setEdited(bool edited) { m_edited = edited; }
    // Whether the server can be reached now (the sync engine is not offline).
    bool online();
    static QString now();

private:
    UserWorkspace& m_workspace;
    const IconSet& m_icons;
    QLabel* m_banner = nullptr;
    QVBoxLayout* m_content = nullptr;
    bool m_bannerIsError = false;
    bool m_edited = false;
    bool m_guardingShortcuts = false;
};

} // namespace helpdesk
