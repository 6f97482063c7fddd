#include "kb/KbLinkPicker.h"

#include "IconSet.h"
#include "ServerConnection.h"
#include "UserWorkspace.h"
#include "kb/KbServer.h"
#include "kb/KbText.h"

#include "store/KbArticleStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpdesk {

namespace {
enum Role
{
    IdRole = Qt::UserRole,
    TitleRole,
    SlugRole,
};
} // namespace

KbLinkPicker::KbLinkPicker(UserWorkspace &workspace, const IconSet &icons, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_server(std::make_unique<KbServer>(workspace.connection().rest()))
{
    setObjectName(QStringLiteral("kbLinkPicker"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("kbPickerSearch"));
    m_search->setPlaceholderText(tr("Search the knowledge base…"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icons.icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("kbPickerResults"));
    m_results->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("kbPickerStatus"));
    m_status->setWordWrap(true);
    m_status->setProperty("muted", true);
    m_link = new QPushButton(icons.icon(QStringLiteral("link")), tr("Insert link"), this);
    m_link->setObjectName(QStringLiteral("kbInsertLinkButton"));
    m_excerpt = new QPushButton(icons.icon(QStringLiteral("text-quote")), tr("Insert excerpt"), this);
    m_excerpt->setObjectName(QStringLiteral("kbInsertExcerptButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_link);
    buttons->addWidget(m_excerpt);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addLayout(buttons);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(120);
    connect(&m_searchTimer, &QTimer::timeout, this, &KbLinkPicker::search);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { insertLink(m_results->currentRow()); });
    connect(m_results, &QListWidget::currentRowChanged, this, &KbLinkPicker::updateButtons);
    connect(m_results, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { insertLink(m_results->row(item)); });
    connect(m_link, &QPushButton::clicked, this, [this] { insertLink(m_results->currentRow()); });
    connect(m_excerpt, &QPushButton::clicked, this, [this] { insertExcerpt(m_results->currentRow()); });
    search();
}

KbLinkPicker::~KbLinkPicker() = default;

void KbLinkPicker::setTicket(const QUuid &ticket)
{
    m_ticket = ticket;
    updateButtons();
}

void KbLinkPicker::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_searchTimer.stop();
    search();
}

int KbLinkPicker::resultCount() const
{
    return m_results->count();
}

QString KbLinkPicker::linkText(const QString &title, const QString &slug)
{
    return QStringLiteral("[%1](kb:%2)").arg(title, slug);
}

QString KbLinkPicker::excerptText(const QString &title, const QString &slug, const QString &body)
{
    QString quoted;
    for (const QString &line : KbArticleStore::plainExcerpt(body, 400).split(QLatin1Char('\n'))) {
        quoted += QStringLiteral("> %1\n").arg(line);
    }
    return quoted + QStringLiteral(">\n> — %1\n").arg(linkText(title, slug));
}

void KbLinkPicker::search()
{
    m_results->clear();
    KbArticleStore store(m_workspace.cache());
    KbArticleStore::Filter filter;
    filter.text = m_search->text();
    filter.limit = 30;
    auto items = store.list(filter);
    if (!items.ok()) {
        m_status->setText(items.error().userMessage());
        updateButtons();
        return;
    }
    for (const KbArticleStore::Item &item : items.value()) {
        if (item.status == KbStatus::Archived) {
            continue;
        }
        QString title = item.title;
        title.remove(KbArticleStore::kMarkStart).remove(KbArticleStore::kMarkEnd);
        QString label = title;
        if (item.visibility == KbVisibility::Internal) {
            label += QStringLiteral("  [%1]").arg(KbText::visibility(item.visibility));
        }
        if (item.status == KbStatus::Draft) {
            label += QStringLiteral("  [%1]").arg(KbText::status(item.status));
        }
        QString snippet = item.snippet;
        snippet.remove(KbArticleStore::kMarkStart).remove(KbArticleStore::kMarkEnd);
        auto *row = new QListWidgetItem(label + QLatin1Char('\n') + snippet, m_results);
        row->setData(IdRole, item.id);
        row->setData(TitleRole, title);
        row->setData(SlugRole, item.slug);
        row->setToolTip(snippet);
    }
    if (m_results->count() > 0) {
        m_results->setCurrentRow(0);
        m_status->clear();
    } else {
        m_status->setText(m_search->text().trimmed().isEmpty() ? tr("The knowledge base has no articles yet.")
                                                               : tr("No article matches “%1”.").arg(m_search->text()));
    }
    updateButtons();
}

void KbLinkPicker::updateButtons()
{
    const bool chosen = m_results->currentRow() >= 0;
    m_link->setEnabled(chosen);
    m_excerpt->setEnabled(chosen);
}

bool KbLinkPicker::insertLink(int row)
{
    return insert(row, false);
}

bool KbLinkPicker::insertExcerpt(int row)
{
    return insert(row, true);
}

bool KbLinkPicker::insert(int row, bool excerpt)
{
    QListWidgetItem *item = m_results->item(row);
    if (!item) {
        return false;
    }
    const QUuid id = item->data(IdRole).toUuid();
    const QString title = item->data(TitleRole).toString();
    const QString slug = item->data(SlugRole).toString();
    if (excerpt) {
        KbArticleStore store(m_workspace.cache());
        auto article = store.article(id);
        if (!article.ok() || !article.value()) {
            m_status->setText(tr("This article is no longer in the local copy."));
            return false;
        }
        emit insertRequested(excerptText(title, slug, article.value()->body));
    } else {
        emit insertRequested(linkText(title, slug));
    }
    if (m_ticket.isNull()) {
        return true;
    }
    m_status->setText(tr("Recording the citation on the ticket…"));
    m_server->linkToTicket(m_ticket, id, this, [this, id](Result<void> result) {
        const QString error = result.ok() ? QString()
                                          : tr("The citation could not be recorded on the ticket: %1")
                                                .arg(result.error().userMessage());
        m_status->setText(result.ok() ? tr("Cited on this ticket.") : error);
        emit citationRecorded(id, error);
    });
    return true;
}

} // namespace helpdesk
