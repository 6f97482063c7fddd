#include "kb/KbHistoryDialog.h"

#include "kb/WordDiff.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace helpdesk {

KbHistoryDialog::KbHistoryDialog(std::vector<KbArticleVersion> versions, int currentVersion, QWidget *parent)
    : QDialog(parent)
    , m_versions(std::move(versions))
    , m_current(currentVersion)
{
    setObjectName(QStringLiteral("kbHistoryDialog"));
    setWindowTitle(tr("Version history"));
    resize(900, 640);
    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("kbFromVersion"));
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("kbToVersion"));
    const QLocale locale;
    for (const KbArticleVersion &v : m_versions) {
        QString label = tr("Version %1 · %2").arg(v.version).arg(
            locale.toString(v.createdAt.toDateTime().toLocalTime(), QLocale::ShortFormat));
        if (v.version == m_current) {
            label += tr(" (current)");
        }
        m_from->addItem(label, v.version);
        m_to->addItem(label, v.version);
    }
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("kbDiffSummary"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("kbRestoreStatus"));
    m_status->setWordWrap(true);
    m_diff = new QTextBrowser(this);
    m_diff->setObjectName(QStringLiteral("kbDiffView"));
    m_restore = new QPushButton(tr("Restore"), this);
    m_restore->setObjectName(QStringLiteral("kbRestoreButton"));

    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Compare"), this));
    pick->addWidget(m_from, 1);
    pick->addWidget(new QLabel(tr("with"), this));
    pick->addWidget(m_to, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(m_summary);
    layout->addWidget(m_diff, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_from, &QComboBox::currentIndexChanged, this, &KbHistoryDialog::showDiff);
    connect(m_to, &QComboBox::currentIndexChanged, this, &KbHistoryDialog::showDiff);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        m_busy = true;
        m_status->setText(tr("Restoring version %1…").arg(fromVersion()));
        updateRestore();
        emit restoreRequested(fromVersion());
    });

    if (m_versions.empty()) {
        m_diff->setPlainText(tr("No versions of this article are in the local copy yet. They arrive with the next "
                                "sync."));
        m_from->setEnabled(false);
        m_to->setEnabled(false);
    } else {
        // The newest change first: the version before the newest, compared with the newest.
        compare(m_versions.size() > 1 ? m_versions[1].version : m_versions[0].version, m_versions[0].version);
    }
    updateRestore();
}

const KbArticleVersion *KbHistoryDialog::find(int version) const
{
    for (const KbArticleVersion &v : m_versions) {
        if (v.version == version) {
            return &v;
        }
    }
    return nullptr;
}

void KbHistoryDialog::compare(int from, int to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setCurrentIndex(m_from->findData(from));
    m_to->setCurrentIndex(m_to->findData(to));
    showDiff();
}

int KbHistoryDialog::fromVersion() const
{
    return m_from->currentData().toInt();
}

int KbHistoryDialog::toVersion() const
{
    return m_to->currentData().toInt();
}

QString KbHistoryDialog::diffHtml() const
{
    return m_html;
}

QString KbHistoryDialog::summary() const
{
    return m_summary->text();
}

void KbHistoryDialog::showDiff()
{
    const KbArticleVersion *from = find(fromVersion());
    const KbArticleVersion *to = find(toVersion());
    if (!from || !to) {
        return;
    }
    const WordDiff title(from->title, to->title);
    const WordDiff body(from->body, to->body);
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(title.isIdentical() ? to->title.toHtmlEscaped() : title.toHtml());
    if (body.isIdentical()) {
        html += QStringLiteral("<p style='color:#888'>%1</p>").arg(tr("The text is the same in both versions."));
    }
    html += body.toHtml(3);
    m_html = html;
    m_diff->setHtml(html);
    if (from->version == to->version) {
        m_summary->setText(tr("The same version on both sides."));
    } else {
        m_summary->setText(tr("Version %1 → %2: %3 words added, %4 removed%5")
                               .arg(from->version)
                               .arg(to->version)
                               .arg(title.insertedWordCount() + body.insertedWordCount())
                               .arg(title.deletedWordCount() + body.deletedWordCount())
                               .arg(title.isIdentical() ? QString() : tr("; the title changed")));
    }
    m_status->clear();
    updateRestore();
}

void KbHistoryDialog::updateRestore()
{
    const int version = fromVersion();
    m_restore->setText(tr("Restore version %1").arg(version));
    const bool current = version == m_current;
    m_restore->setEnabled(m_online && !m_busy && !m_versions.empty() && !current);
    if (!m_online) {
        m_restore->setToolTip(tr("Restoring needs a connection to the server."));
    } else if (current) {
        m_restore->setToolTip(tr("This is the current version."));
    } else {
        m_restore->setToolTip(tr("Make this text the article's text again, as a new version; nothing is deleted."));
    }
}

void KbHistoryDialog::setOnline(bool online)
{
    m_online = online;
    updateRestore();
}

void KbHistoryDialog::restoreFinished(const QString &error)
{
    m_busy = false;
    m_status->setText(error.isEmpty() ? tr("Version %1 was restored as a new version.").arg(fromVersion()) : error);
    updateRestore();
}

} // namespace helpdesk
