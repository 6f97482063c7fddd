#include "SyncIndicator.h"

#include "IconSet.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace helpdesk {

SyncIndicator::SyncIndicator(const IconSet &icons, QWidget *parent)
    : QWidget(parent)
    , m_icons(icons)
{
    setObjectName(QStringLiteral("syncIndicator"));
    m_icon = new QLabel(this);
    m_icon->setFixedSize(16, 16);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("syncStateLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setFixedWidth(80);
    m_progress->setMaximumHeight(6);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_pendingLabel = new QLabel(this);
    m_pendingLabel->setObjectName(QStringLiteral("pendingWritesLabel"));
    m_pendingLabel->setProperty("muted", true);
    m_pendingLabel->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_icon);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_pendingLabel);
    refresh();
}

void SyncIndicator::setState(State state)
{
    if (state == m_state) {
        return;
    }
    m_state = state;
    if (state != State::Syncing) {
        m_progress->hide();
    }
    refresh();
}

void SyncIndicator::setProgress(int done, int total)
{
    if (m_state != State::Syncing) {
        return;
    }
    m_progress->setRange(0, total > 0 ? total : 0);
    m_progress->setValue(total > 0 ? done : 0);
    m_progress->setVisible(true);
}

void SyncIndicator::setPendingWrites(int count)
{
    m_pending = count;
    refresh();
}

QString SyncIndicator::text() const
{
    return !m_pendingLabel->isHidden() ? m_label->text() + QLatin1Char(' ') + m_pendingLabel->text()
                                       : m_label->text();
}

void SyncIndicator::refresh()
{
    QString iconName;
    QString label;
    QString tip;
    switch (m_state) {
    case State::Offline:
        iconName = QStringLiteral("cloud-off");
        label = tr("Offline");
        tip = tr("The server cannot be reached. Your changes are kept and sent when it is back.");
        break;
    case State::Connecting:
        iconName = QStringLiteral("loader");
        label = tr("Connecting…");
        tip = tr("Connecting to the server.");
        break;
    case State::Syncing:
        iconName = QStringLiteral("refresh-cw");
        label = tr("Syncing");
        tip = tr("Bringing the local copy up to date.");
        break;
    case State::Live:
        iconName = QStringLiteral("wifi");
        label = tr("Live");
        tip = tr("Up to date; changes by others appear as they happen.");
        break;
    }
    m_icon->setPixmap(m_icons.icon(iconName).pixmap(16, 16));
    m_label->setText(label);
    m_pendingLabel->setText(m_pending == 1 ? tr("· 1 pending change") : tr("· %1 pending changes").arg(m_pending));
    m_pendingLabel->setVisible(m_pending > 0);
    setToolTip(tip);
}

} // namespace helpdesk
