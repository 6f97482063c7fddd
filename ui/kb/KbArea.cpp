#include "kb/KbArea.h"

#include "IconSet.h"
#include "MessageBox.h"
#include "ServerConnection.h"
#include "UserWorkspace.h"
#include "kb/KbArticleView.h"
#include "kb/ArticleChanges.h"
#include "kb/KbArticleWriter.h"
#include "kb/KbEditor.h"
#include "kb/KbFeedbackBar.h"
#include "kb/KbHistoryDialog.h"
#include "kb/KbMarkdownBrowser.h"
#include "kb/KbMergeDialog.h"
#include "kb/KbReportsView.h"
#include "kb/KbServer.h"
#include "kb/KbText.h"

#include "core/Clock.h"
#include "store/KbArticleStore.h"
#include "store/MirrorSchema.h"
#include "supabase/NetworkHttpTransport.h"
#include "supabase/StorageClient.h"
#include "sync/SyncEngine.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeDatabase>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace helpdesk {

namespace {

const QString kArticles = QStringLiteral("kb_articles");

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

KbArea::KbArea(UserWorkspace &workspace, const IconSet &icons, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_writer(std::make_unique<KbArticleWriter>(workspace.cache(), workspace.sync(), workspace.clock()))
    , m_server(std::make_unique<KbServer>(workspace.connection().rest()))
    , m_transport(std::make_unique<NetworkHttpTransport>())
{
    m_storage = std::make_unique<StorageClient>(ServerConnection::configFor(workspace.connection().profile()),
                                                *m_transport, &workspace.connection().auth());
    setObjectName(QStringLiteral("kbArea"));
    qRegisterMetaType<KbHistoryDialog *>();
    qRegisterMetaType<KbMergeDialog *>();
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("kbSplit"));
    auto *browser = new QWidget(split);
    browser->setObjectName(QStringLiteral("kbBrowser"));
    auto *browserLayout = new QVBoxLayout(browser);
    browserLayout->setContentsMargins(8, 8, 4, 8);
    buildBrowser(icons);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    if (m_new) {
        top->addWidget(m_new);
    }
    browserLayout->addLayout(top);
    auto *filters = new QHBoxLayout;
    if (m_statusFilter) {
        filters->addWidget(m_statusFilter);
        filters->addWidget(m_visibilityFilter);
    }
    filters->addWidget(m_tagFilter, 1);
    browserLayout->addLayout(filters);
    browserLayout->addWidget(m_conflictBanner);
    browserLayout->addWidget(m_listStack, 1);
    if (m_reports) {
        browserLayout->addWidget(m_reports);
    }

    m_pages = new QStackedWidget(split);
    m_pages->setObjectName(QStringLiteral("kbPages"));
    m_emptyPage = new QLabel(isAgent() ? tr("Choose an article on the left, or write a new one (Ctrl+Shift+N).")
                                       : tr("Choose an article on the left, or search for what you need (Ctrl+F)."),
                             m_pages);
    m_emptyPage->setObjectName(QStringLiteral("kbEmptyPage"));
    m_emptyPage->setAlignment(Qt::AlignCenter);
    m_emptyPage->setWordWrap(true);
    m_emptyPage->setProperty("muted", true);
    m_view = new KbArticleView(icons, isAgent(), m_pages);
    m_feedback = new KbFeedbackBar(icons, m_view);
    m_view->addFooter(m_feedback);
    if (isAgent()) {
        m_citationsLabel = new QLabel(m_view);
        m_citationsLabel->setObjectName(QStringLiteral("kbCitationsLabel"));
        m_citations = new QListWidget(m_view);
        m_citations->setObjectName(QStringLiteral("kbCitingTickets"));
        m_citations->setMaximumHeight(110);
        m_view->addFooter(m_citationsLabel);
        m_view->addFooter(m_citations);
        connect(m_citations, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            emit openTicketRequested(item->data(Qt::UserRole).toUuid());
        });
    }
    m_editor = new KbEditor(icons, m_pages);
    m_editor->setSlugCheck([this](const QString &slug, const QUuid &except) {
        KbArticleStore store(m_workspace.cache());
        auto taken = store.slugTaken(slug, except);
        return taken.ok() && taken.value();
    });
    auto fetcher = [this](const QUrl &url, QObject *context, std::function<void(QByteArray)> done) {
        fetchImage(url, context, std::move(done));
    };
    m_view->body().setImageFetcher(fetcher);
    m_editor->preview().setImageFetcher(fetcher);
    if (isAgent()) {
        m_editor->setImageUploader([this](const QUuid &article, const QString &fileName, const QByteArray &bytes,
                                          std::function<void(QString, QString)> done) {
            if (!online()) {
                done(QString(), tr("Uploading a picture needs a connection to the server."));
                return;
            }
            QString safe = fileName.toLower();
            safe.replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]+")), QStringLiteral("-"));
            const QString path = QStringLiteral("%1/%2-%3")
                                     .arg(idText(article), QUuid::createUuid().toString(QUuid::Id128).left(8), safe);
            const QString type = QMimeDatabase().mimeTypeForFileNameAndData(fileName, bytes).name();
            m_storage->upload(QStringLiteral("kb-images"), path, bytes, type, false, this,
                              [done, path](Result<QString> uploaded) {
                                  if (!uploaded.ok()) {
                                      done(QString(), tr("The picture was not uploaded: %1")
                                                          .arg(uploaded.error().userMessage()));
                                  } else {
                                      done(QStringLiteral("storage:kb-images/") + path, QString());
                                  }
                              });
        });
    }
    m_pages->addWidget(m_emptyPage);
    m_pages->addWidget(m_view);
    m_pages->addWidget(m_editor);
    if (isAdmin()) {
        m_reportsView = new KbReportsView(*m_server, icons, m_pages);
        m_pages->addWidget(m_reportsView);
        connect(m_reportsView, &KbReportsView::articleRequested, this, &KbArea::showArticle);
        connect(m_reportsView, &KbReportsView::writeArticleRequested, this, &KbArea::newArticle);
    }
    split->addWidget(browser);
    split->addWidget(m_pages);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_view, &KbArticleView::editRequested, this, &KbArea::editCurrent);
    connect(m_view, &KbArticleView::historyRequested, this, &KbArea::showHistory);
    connect(m_editor, &KbEditor::saveRequested, this, &KbArea::saveEdited);
    connect(m_editor, &KbEditor::cancelled, this, [this] {
        if (m_editor->isModified()
            && MessageBox::question(this, tr("Discard changes?"), tr("Your changes to this article are not saved."),
                                    QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
                   != QMessageBox::Discard) {
            return;
        }
        if (m_current.isNull()) {
            m_pages->setCurrentWidget(m_emptyPage);
        } else {
            showArticle(m_current);
        }
    });
    connect(m_feedback, &KbFeedbackBar::voteRequested, this, [this](bool helpful, const QString &comment) {
        if (m_current.isNull()) {
            return;
        }
        if (!online()) {
            m_feedback->setVote(std::nullopt, comment);
            m_feedback->setMessage(tr("Voting needs a connection to the server; try again when you are online."));
            return;
        }
        const QUuid article = m_current;
        m_feedback->setBusy(true);
        m_server->vote(article, m_workspace.me().id, KbServer::Vote{helpful, comment}, this,
                       [this, article, helpful, comment](Result<void> result) {
                           m_feedback->setBusy(false);
                           if (article != m_current) {
                               return;
                           }
                           if (!result.ok()) {
                               m_feedback->setMessage(
                                   tr("Your vote was not saved: %1").arg(result.error().userMessage()));
                               return;
                           }
                           m_feedback->setVote(helpful, comment);
                           m_feedback->setMessage(tr("Thank you, your vote is saved. You can change it any time."));
                           loadFeedback();
                       });
    });

    SyncEngine &sync = m_workspace.sync();
    connect(&sync, &SyncEngine::rowsChanged, this, &KbArea::onRowsChanged);
    connect(&sync, &SyncEngine::conflictRecorded, this, &KbArea::onConflict);
    connect(&sync, &SyncEngine::writeRejected, this, [this](const ConflictRecord &record) {
        if (record.table == kArticles) {
            emit message(tr("The server did not take a change to an article: %1").arg(record.reason));
            m_reloadTimer.start();
        }
    });
    connect(&sync, &SyncEngine::writeAcknowledged, this, [this](const QString &table, const QString &key) {
        if (table != kArticles) {
            return;
        }
        auto pending = m_workspace.sync().outbox().pendingForRow(table, key);
        if (pending.ok() && pending.value().empty() && !m_conflicted.contains(QUuid::fromString(key))) {
            KbArticleStore store(m_workspace.cache());
            (void)store.forgetBases(QUuid::fromString(key));
        }
        m_reloadTimer.start();
    });
    connect(&sync, &SyncEngine::stateChanged, this, [this] {
        if (m_history) {
            m_history->setOnline(online());
        }
    });

    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(100);
    connect(&m_reloadTimer, &QTimer::timeout, this, [this] {
        fillTags();
        reload();
        refreshConflicts();
        if (m_pages->currentWidget() == m_view && !m_current.isNull()) {
            KbArticleStore store(m_workspace.cache());
            auto article = store.article(m_current);
            if (article.ok() && article.value()) {
                m_view->setArticle(*article.value(), metaLine(*article.value()));
            }
        }
    });
    m_logTimer.setSingleShot(true);
    m_logTimer.setInterval(1500);
    connect(&m_logTimer, &QTimer::timeout, this, &KbArea::logSearch);

    auto *find = new QShortcut(QKeySequence::Find, this, this, &KbArea::focusSearch);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    if (isAgent()) {
        auto *create = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, this,
                                     [this] { newArticle(); });
        create->setContext(Qt::WidgetWithChildrenShortcut);
        auto *edit = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this, this, [this] {
            if (m_pages->currentWidget() == m_view) {
                editCurrent();
            }
        });
        edit->setContext(Qt::WidgetWithChildrenShortcut);
    }

    fillTags();
    reload();
    refreshConflicts();
    m_pages->setCurrentWidget(m_emptyPage);
}

KbArea::~KbArea() = default;

void KbArea::fetchImage(const QUrl &url, QObject *context, std::function<void(QByteArray)> done)
{
    const QString full = url.path();
    const qsizetype slash = full.indexOf(QLatin1Char('/'));
    if (slash <= 0) {
        done(QByteArray());
        return;
    }
    m_storage->download(full.left(slash), full.mid(slash + 1), context, [done](Result<QByteArray> bytes) {
        done(bytes.ok() ? bytes.value() : QByteArray());
    });
}

bool KbArea::isAgent() const
{
    return m_workspace.me().role != UserRole::Customer;
}

bool KbArea::isAdmin() const
{
    return m_workspace.me().role == UserRole::Admin;
}

bool KbArea::online() const
{
    return m_workspace.sync().state() != SyncEngine::State::Offline;
}

void KbArea::buildBrowser(const IconSet &icons)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("kbSearch"));
    m_search->setPlaceholderText(tr("Search articles (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icons.icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        reload();
        m_logTimer.start();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_logTimer.stop();
        logSearch();
        if (m_list->count() > 0) {
            m_list->setCurrentRow(0);
        }
    });

    if (isAgent()) {
        m_new = new QPushButton(icons.icon(QStringLiteral("plus")), tr("New article"), this);
        m_new->setObjectName(QStringLiteral("kbNewButton"));
        m_new->setToolTip(tr("Write a new article (Ctrl+Shift+N)"));
        connect(m_new, &QPushButton::clicked, this, [this] { newArticle(); });
        m_statusFilter = new QComboBox(this);
        m_statusFilter->setObjectName(QStringLiteral("kbStatusFilter"));
        m_statusFilter->addItem(tr("Any status"), QString());
        for (KbStatus s : allValues<KbStatus>()) {
            m_statusFilter->addItem(KbText::status(s), toWireString(s));
        }
        m_visibilityFilter = new QComboBox(this);
        m_visibilityFilter->setObjectName(QStringLiteral("kbVisibilityFilter"));
        m_visibilityFilter->addItem(tr("Public and internal"), QString());
        for (KbVisibility v : allValues<KbVisibility>()) {
            m_visibilityFilter->addItem(KbText::visibility(v), toWireString(v));
        }
        connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &KbArea::reload);
        connect(m_visibilityFilter, &QComboBox::currentIndexChanged, this, &KbArea::reload);
    }
    m_tagFilter = new QComboBox(this);
    m_tagFilter->setObjectName(QStringLiteral("kbTagFilter"));
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this, &KbArea::reload);

    m_conflictBanner = new QPushButton(icons.icon(QStringLiteral("git-compare")), QString(), this);
    m_conflictBanner->setObjectName(QStringLiteral("kbConflictBanner"));
    m_conflictBanner->setStyleSheet(QStringLiteral("text-align: left; padding: 6px;"));
    m_conflictBanner->hide();
    connect(m_conflictBanner, &QPushButton::clicked, this, &KbArea::resolveNextConflict);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("kbArticleList"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item) {
            const QUuid id = item->data(Qt::UserRole).toUuid();
            if (id != m_current || m_pages->currentWidget() != m_view) {
                showArticle(id);
            }
        }
    });
    m_listEmpty = new QLabel(this);
    m_listEmpty->setObjectName(QStringLiteral("kbListEmpty"));
    m_listEmpty->setAlignment(Qt::AlignCenter);
    m_listEmpty->setWordWrap(true);
    m_listEmpty->setProperty("muted", true);
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_list);
    m_listStack->addWidget(m_listEmpty);

    if (isAdmin()) {
        m_reports = new QPushButton(icons.icon(QStringLiteral("chart-column")), tr("Least helpful and content gaps"),
                                    this);
        m_reports->setObjectName(QStringLiteral("kbReportsButton"));
        connect(m_reports, &QPushButton::clicked, this, &KbArea::showReports);
    }
}

void KbArea::fillTags()
{
    KbArticleStore store(m_workspace.cache());
    auto tags = store.tags();
    const QString chosen = m_tagFilter->currentData().toString();
    const QSignalBlocker block(m_tagFilter);
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("All topics"), QString());
    if (tags.ok()) {
        for (const QString &tag : tags.value()) {
            m_tagFilter->addItem(QStringLiteral("#%1").arg(tag), tag);
        }
    }
    m_tagFilter->setCurrentIndex(qMax(0, m_tagFilter->findData(chosen)));
}

void KbArea::reload()
{
    KbArticleStore::Filter filter;
    filter.text = m_search->text();
    if (m_statusFilter) {
        if (auto s = fromWire<KbStatus>(m_statusFilter->currentData().toString()); s.ok()) {
            filter.status = s.value();
        }
        if (auto v = fromWire<KbVisibility>(m_visibilityFilter->currentData().toString()); v.ok()) {
            filter.visibility = v.value();
        }
    }
    filter.tag = m_tagFilter->currentData().toString();
    KbArticleStore store(m_workspace.cache());
    auto items = store.list(filter);
    const QSignalBlocker block(m_list);
    m_list->clear();
    if (!items.ok()) {
        m_listEmpty->setText(tr("The knowledge base could not be read from the local copy: %1")
                                 .arg(items.error().userMessage()));
        m_listStack->setCurrentWidget(m_listEmpty);
        return;
    }
    const QString mark = palette().color(QPalette::Highlight).lighter(170).name();
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    for (const KbArticleStore::Item &item : items.value()) {
        auto *row = new QListWidgetItem(m_list);
        row->setData(Qt::UserRole, item.id);
        QString badges;
        if (isAgent()) {
            badges = QStringLiteral(" <span style='color:%1'>· %2 · %3</span>")
                         .arg(muted, KbText::status(item.status), KbText::visibility(item.visibility));
        }
        auto *label = new QLabel(QStringLiteral("<b>%1</b>%2<br><span style='color:%3'>%4</span>")
                                     .arg(KbText::highlightedHtml(item.title, mark), badges, muted,
                                          KbText::highlightedHtml(item.snippet, mark)),
                                 m_list);
        label->setObjectName(QStringLiteral("kbListRow"));
        label->setWordWrap(true);
        label->setContentsMargins(6, 4, 6, 4);
        label->setTextFormat(Qt::RichText);
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        row->setSizeHint(QSize(200, label->sizeHint().height() + 18));
        row->setToolTip(item.tags.isEmpty() ? QString() : QStringLiteral("#") + item.tags.join(QStringLiteral(" #")));
        m_list->setItemWidget(row, label);
        if (item.id == m_current) {
            m_list->setCurrentItem(row);
        }
    }
    if (m_list->count() > 0) {
        m_listStack->setCurrentWidget(m_list);
        return;
    }
    const bool filtered = !filter.tag.isEmpty() || filter.status || filter.visibility;
    if (!m_search->text().trimmed().isEmpty()) {
        m_listEmpty->setText(isAgent() ? tr("Nothing found for “%1”.\nWrite the article people are looking for "
                                            "(Ctrl+Shift+N).")
                                             .arg(m_search->text().trimmed())
                                       : tr("Nothing found for “%1”. Try other words, or open a ticket.")
                                             .arg(m_search->text().trimmed()));
    } else if (filtered) {
        m_listEmpty->setText(tr("No article matches these filters."));
    } else {
        m_listEmpty->setText(isAgent() ? tr("The knowledge base is empty.\nWrite the first article with “New "
                                            "article”.")
                                       : tr("There are no articles yet."));
    }
    m_listStack->setCurrentWidget(m_listEmpty);
}

void KbArea::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void KbArea::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QList<QUuid> KbArea::listedArticles() const
{
    QList<QUuid> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        ids.append(m_list->item(i)->data(Qt::UserRole).toUuid());
    }
    return ids;
}

QString KbArea::metaLine(const KbArticle &article) const
{
    QStringList parts;
    if (isAgent()) {
        parts << KbText::status(article.status) << KbText::visibility(article.visibility)
              << tr("version %1").arg(article.version);
    }
    if (!article.tags.isEmpty()) {
        parts << QStringLiteral("#") + article.tags.join(QStringLiteral(" #"));
    }
    if (article.updatedAt.micros() > 0) {
        parts << tr("updated %1").arg(QLocale().toString(article.updatedAt.toDateTime().toLocalTime(),
                                                         QLocale::ShortFormat));
    }
    return parts.join(QStringLiteral(" · "));
}

void KbArea::showArticle(const QUuid &id)
{
    if (m_pages->currentWidget() == m_editor && m_editor->isModified()
        && MessageBox::question(this, tr("Discard changes?"), tr("Your changes to this article are not saved."),
                                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Discard) {
        return;
    }
    KbArticleStore store(m_workspace.cache());
    auto article = store.article(id);
    if (!article.ok() || !article.value()) {
        m_current = QUuid();
        m_emptyPage->setText(article.ok() ? tr("This article is no longer in the knowledge base.")
                                          : article.error().userMessage());
        m_pages->setCurrentWidget(m_emptyPage);
        return;
    }
    m_current = id;
    m_view->setArticle(*article.value(), metaLine(*article.value()));
    QString notice;
    if (m_conflicted.contains(id)) {
        notice = tr("Your offline edits of this article meet a newer version on the server. Nothing is lost: use "
                    "“Resolve” on the left to merge them.");
    } else if (auto pending = m_workspace.sync().outbox().pendingForRow(kArticles, idText(id));
               pending.ok() && !pending.value().empty()) {
        notice = tr("Saved on this computer; sent to the server when the connection allows.");
    }
    m_view->setNotice(notice);
    m_pages->setCurrentWidget(m_view);
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toUuid() == id) {
            const QSignalBlocker block(m_list);
            m_list->setCurrentRow(i);
        }
    }
    loadFeedback();
    loadCitations();
}

void KbArea::loadFeedback()
{
    m_feedback->setVote(std::nullopt, QString());
    m_feedback->setMessage(QString());
    if (!online()) {
        m_feedback->setScore(QString());
        m_feedback->setMessage(tr("Votes and the score need a connection to the server."));
        return;
    }
    const QUuid article = m_current;
    m_server->myVote(article, m_workspace.me().id, this, [this, article](Result<std::optional<KbServer::Vote>> r) {
        if (article != m_current || !r.ok() || !r.value()) {
            return;
        }
        m_feedback->setVote(r.value()->helpful, r.value()->comment);
    });
    m_server->score(article, this, [this, article](Result<KbServer::Score> r) {
        if (article != m_current) {
            return;
        }
        m_feedback->setScore(r.ok() ? KbText::score(r.value().helpful, r.value().unhelpful)
                                    : tr("The score could not be loaded: %1").arg(r.error().userMessage()));
    });
}

void KbArea::loadCitations()
{
    if (!m_citations) {
        return;
    }
    m_citations->clear();
    m_citations->hide();
    if (!online()) {
        m_citationsLabel->setText(tr("The tickets that cited this article are shown when you are online."));
        return;
    }
    m_citationsLabel->setText(tr("Looking for tickets that cited this article…"));
    const QUuid article = m_current;
    m_server->citingTickets(article, this, [this, article](Result<QList<KbServer::CitingTicket>> r) {
        if (article != m_current) {
            return;
        }
        if (!r.ok()) {
            m_citationsLabel->setText(tr("The citing tickets could not be loaded: %1").arg(r.error().userMessage()));
            return;
        }
        if (r.value().isEmpty()) {
            m_citationsLabel->setText(tr("No ticket has cited this article yet."));
            return;
        }
        m_citationsLabel->setText(r.value().size() == 1
                                      ? tr("Cited in one ticket (double-click to open):")
                                      : tr("Cited in %1 tickets (double-click to open):").arg(r.value().size()));
        for (const KbServer::CitingTicket &ticket : r.value()) {
            auto *item = new QListWidgetItem(QStringLiteral("#%1  %2").arg(ticket.number).arg(ticket.title),
                                             m_citations);
            item->setData(Qt::UserRole, ticket.ticketId);
        }
        m_citations->show();
    });
}

void KbArea::logSearch()
{
    const QString text = m_search->text().trimmed();
    if (text.size() < 2 || text == m_lastLogged || !online()) {
        return;
    }
    m_lastLogged = text;
    m_server->logSearch(text, this, [](Result<int>) {});
}

void KbArea::newArticle(const QString &title)
{
    if (!isAgent()) {
        return;
    }
    KbArticle draft;
    draft.title = title;
    draft.slug = ArticleChanges::slugFor(title);
    draft.status = KbStatus::Draft;
    draft.visibility = KbVisibility::Public;
    m_editor->setArticle(draft, true);
    m_pages->setCurrentWidget(m_editor);
}

void KbArea::editCurrent()
{
    if (!isAgent() || m_current.isNull()) {
        return;
    }
    KbArticleStore store(m_workspace.cache());
    auto article = store.article(m_current);
    if (!article.ok() || !article.value()) {
        emit message(tr("This article is no longer in the knowledge base."));
        return;
    }
    m_editor->setArticle(*article.value(), false);
    m_pages->setCurrentWidget(m_editor);
}

void KbArea::saveEdited(const KbArticle &article, bool isNew)
{
    const QString savedText = online() ? tr("Article saved.")
                                       : tr("Article saved on this computer; it is sent when the connection is back.");
    if (isNew) {
        auto created = m_writer->create(article, m_workspace.me().id);
        if (!created.ok()) {
            m_editor->showError(created.error().userMessage());
            return;
        }
        m_current = created.value();
        fillTags();
        reload();
        m_pages->setCurrentWidget(m_view); // the editor is done: showArticle asks nothing
        showArticle(m_current);
        emit message(savedText);
        return;
    }
    KbArticleStore store(m_workspace.cache());
    auto cached = store.article(article.id);
    if (!cached.ok() || !cached.value()) {
        m_editor->showError(cached.ok() ? tr("This article was deleted meanwhile; copy your text before closing.")
                                        : cached.error().userMessage());
        return;
    }
    const KbArticle &base = m_editor->original();
    if (cached.value()->version != base.version && !ArticleChanges::between(base, *cached.value()).empty()) {
        // Someone saved a newer version while the editor was open: merge instead of overwriting it.
        mergeWhileEditing(base, article, *cached.value());
        return;
    }
    auto saved = m_writer->save(article);
    if (!saved.ok()) {
        m_editor->showError(saved.error().userMessage());
        return;
    }
    fillTags();
    reload();
    m_pages->setCurrentWidget(m_view);
    showArticle(article.id);
    emit message(saved.value() ? savedText : tr("Nothing changed."));
}

void KbArea::mergeWhileEditing(const KbArticle &base, const KbArticle &mine, const KbArticle &theirs)
{
    openMerge(
        base, mine, theirs,
        [this](const KbArticle &merged) {
            auto saved = m_writer->save(merged);
            if (!saved.ok()) {
                emit message(saved.error().userMessage());
                return;
            }
            m_pages->setCurrentWidget(m_view);
            showArticle(merged.id);
            emit message(tr("The merged article is saved."));
        },
        [this, id = theirs.id] {
            m_pages->setCurrentWidget(m_view);
            showArticle(id);
        });
}

void KbArea::openMerge(const KbArticle &base, const KbArticle &mine, const KbArticle &theirs,
                       std::function<void(const KbArticle &)> save, std::function<void()> keepTheirs)
{
    auto *dialog = new KbMergeDialog(base, mine, theirs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &KbMergeDialog::mergeAccepted, this, std::move(save));
    connect(dialog, &KbMergeDialog::keepTheirsRequested, this, std::move(keepTheirs));
    dialog->show();
    emit mergeShown(dialog);
}

void KbArea::onRowsChanged(const QString &table, const QStringList &)
{
    if (table == kArticles || table == QLatin1String("kb_article_versions")) {
        m_reloadTimer.start();
    }
}

void KbArea::onConflict(const ConflictRecord &record)
{
    if (record.table != kArticles) {
        return;
    }
    refreshConflicts();
    QString title;
    if (record.serverRow && record.serverRow->contains("title") && record.serverRow->at("title").is_string()) {
        title = QString::fromStdString(record.serverRow->at("title").get<std::string>());
    }
    emit message(tr("Someone changed “%1” while you edited it offline. Nothing is lost: merge the two versions.")
                     .arg(title));
    if (QUuid::fromString(record.rowKey) == m_current && m_pages->currentWidget() == m_view) {
        showArticle(m_current);
    }
}

void KbArea::refreshConflicts()
{
    auto ids = m_writer->conflictedArticles();
    m_conflicted = ids.ok() ? ids.value() : QList<QUuid>();
    if (!isAgent() || m_conflicted.isEmpty()) {
        m_conflictBanner->hide();
        return;
    }
    m_conflictBanner->setText(m_conflicted.size() == 1
                                  ? tr("An article with offline edits to merge — Resolve")
                                  : tr("%1 articles with offline edits to merge — Resolve").arg(m_conflicted.size()));
    m_conflictBanner->show();
}

bool KbArea::resolveNextConflict()
{
    refreshConflicts();
    for (const QUuid &id : std::as_const(m_conflicted)) {
        auto conflict = m_writer->conflict(id);
        if (!conflict.ok()) {
            emit message(conflict.error().userMessage());
            continue;
        }
        if (!conflict.value() || conflict.value()->waiting) {
            continue;
        }
        const KbArticleWriter::Conflict c = *conflict.value();
        openMerge(
            c.base, c.mine, c.theirs,
            [this, c](const KbArticle &merged) {
                auto resolved = m_writer->resolve(c, merged);
                if (!resolved.ok()) {
                    emit message(resolved.error().userMessage());
                    return;
                }
                refreshConflicts();
                reload();
                m_pages->setCurrentWidget(m_view);
                showArticle(c.theirs.id);
                emit message(tr("The merged article is saved as one new version."));
            },
            [this, c] {
                auto kept = m_writer->keepTheirs(c);
                if (!kept.ok()) {
                    emit message(kept.error().userMessage());
                }
                refreshConflicts();
                showArticle(c.theirs.id);
            });
        return true;
    }
    emit message(m_conflicted.isEmpty() ? tr("No article has edits to merge.")
                                        : tr("Some edits are still being sent; try again in a moment."));
    return false;
}

void KbArea::showHistory()
{
    if (!isAgent() || m_current.isNull()) {
        return;
    }
    KbArticleStore store(m_workspace.cache());
    auto article = store.article(m_current);
    auto versions = store.versions(m_current);
    if (!article.ok() || !article.value() || !versions.ok()) {
        emit message(tr("The history could not be read from the local copy."));
        return;
    }
    auto *dialog = new KbHistoryDialog(versions.value(), article.value()->version, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOnline(online());
    m_history = dialog;
    const QUuid id = m_current;
    connect(dialog, &KbHistoryDialog::restoreRequested, this, [this, id, dialog](int version) {
        QPointer<KbHistoryDialog> guard(dialog);
        m_server->restoreVersion(id, version, this, [this, guard](Result<Json> row) {
            if (!row.ok()) {
                if (guard) {
                    guard->restoreFinished(tr("The version was not restored: %1").arg(row.error().userMessage()));
                }
                return;
            }
            Json rows = Json::array();
            rows.push_back(row.value());
            (void)m_workspace.sync().mirror().applyServerRows(*MirrorSchema::table(kArticles), rows);
            m_workspace.sync().syncNow(); // the new version row
            m_reloadTimer.start();
            if (guard) {
                guard->restoreFinished(QString());
            }
            emit message(tr("The old version is the article's text again (as a new version)."));
        });
    });
    dialog->show();
    emit historyShown(dialog);
}

void KbArea::showReports()
{
    if (!m_reportsView) {
        return;
    }
    m_pages->setCurrentWidget(m_reportsView);
    m_reportsView->refresh();
}

} // namespace helpdesk
