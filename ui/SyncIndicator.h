#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace helpdesk {

class IconSet;

// Status-bar indicator: offline / connecting / syncing (with progress) / live, and pending writes.
class SyncIndicator : public QWidget
{
    Q_OBJECT
public:
    enum class State { Offline, Connecting, Syncing, Live };

    explicit SyncIndicator(const IconSet &icons, QWidget *parent = nullptr);

    void setState(State state);
    State state() const { return m_state; }
    // Progress of the current sync pass; total 0 means unknown (busy indicator).
    void setProgress(int done, int total);
    void setPendingWrites(int count);
    int pendingWrites() const { return m_pending; }
    QString text() const;

private:
    void refresh();

    const IconSet &m_icons;
    QLabel *m_icon = nullptr;
    QLabel *m_label = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_pendingLabel = nullptr;
    State m_state = State::Offline;
    int m_pending = 0;
};

} // namespace helpdesk
