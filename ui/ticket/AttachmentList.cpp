#include "ticket/AttachmentList.h"

#include "IconSet.h"
#include "ServerConnection.h"
#include "Theme.h"
#include "UserWorkspace.h"

#include "store/CacheDatabase.h"
#include "store/MirrorSchema.h"
#include "store/MirrorStore.h"
#include "supabase/NetworkHttpTransport.h"
#include "supabase/StorageClient.h"
#include "sync/SyncEngine.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMimeDatabase>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace helpdesk {

QStringList AttachmentList::s_nextFiles;

namespace {
QString objectKey(const QString &bucket, const QString &path)
{
    return bucket + QLatin1Char('/') + path;
}

// A file name safe as the last segment of an object path.
QString safeName(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        out += (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_'))
                   ? c
                   : QLatin1Char('_');
    }
    return out.left(120);
}

QString typeText(const QString &contentType)
{
    const QMimeType type = QMimeDatabase().mimeTypeForName(contentType);
    return type.isValid() && !type.comment().isEmpty() ? type.comment() : contentType;
}
} // namespace

AttachmentList::AttachmentList(UserWorkspace &workspace, const Theme &theme, const IconSet &icons, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_theme(theme)
    , m_icons(icons)
    , m_transport(std::make_unique<NetworkHttpTransport>())
{
    setObjectName(QStringLiteral("attachmentList"));
    ServerConnection &connection = workspace.connection();
    m_storage = std::make_unique<StorageClient>(ServerConnection::configFor(connection.profile()), *m_transport,
                                                &connection.auth());
    m_storage->setObjectName(QStringLiteral("attachmentStorage"));

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("attachmentHeader"));
    m_attach = new QPushButton(icons.icon(QStringLiteral("paperclip")), tr("Attach files…"), this);
    m_attach->setObjectName(QStringLiteral("attachButton"));
    m_attach->setFlat(true);
    m_attach->setToolTip(tr("Attach files (Ctrl+Shift+A), or drop them on the ticket"));
    connect(m_attach, &QPushButton::clicked, this, &AttachmentList::chooseAndUpload);
    m_openButton = new QPushButton(icons.icon(QStringLiteral("external-link")), tr("Open"), this);
    m_openButton->setObjectName(QStringLiteral("openAttachmentButton"));
    m_openButton->setFlat(true);
    connect(m_openButton, &QPushButton::clicked, this, [this] { open(selectedId()); });
    m_saveButton = new QPushButton(icons.icon(QStringLiteral("download")), tr("Save as…"), this);
    m_saveButton->setObjectName(QStringLiteral("saveAttachmentButton"));
    m_saveButton->setFlat(true);
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        const Attachment *a = attachment(selectedId());
        if (!a) {
            return;
        }
        const QString target = QFileDialog::getSaveFileName(
            this, tr("Save attachment"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)).filePath(a->fileName));
        if (!target.isEmpty()) {
            saveTo(a->id, target);
        }
    });

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("attachmentTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Name"), tr("Size"), tr("Type")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { open(item->data(0, Qt::UserRole).toUuid()); });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &AttachmentList::updateButtons);
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_tree->itemAt(pos)) {
            return;
        }
        QMenu menu(this);
        menu.addAction(m_icons.icon(QStringLiteral("external-link")), tr("Open"), this, [this] { open(selectedId()); });
        menu.addAction(m_icons.icon(QStringLiteral("download")), tr("Save as…"), m_saveButton, &QPushButton::click);
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
    });

    m_empty = new QLabel(tr("No attachments. Drop files here or use “Attach files…”."), this);
    m_empty->setObjectName(QStringLiteral("attachmentEmpty"));
    m_empty->setProperty("muted", true);
    m_transferRows = new QVBoxLayout;
    m_transferRows->setContentsMargins(0, 0, 0, 0);
    m_transferRows->setSpacing(2);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("attachmentError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(m_theme.danger().name()));
    m_error->hide();

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_header);
    top->addStretch();
    top->addWidget(m_openButton);
    top->addWidget(m_saveButton);
    top->addWidget(m_attach);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_tree);
    layout->addWidget(m_empty);
    layout->addLayout(m_transferRows);
    layout->addWidget(m_error);

    connect(m_storage.get(), &StorageClient::uploadProgress, this,
            [this](const QString &bucket, const QString &path, qint64 sent, qint64 total) {
                const Transfer t = m_transfers.value(objectKey(bucket, path));
                if (t.bar && total > 0) {
                    t.bar->setMaximum(1000);
                    t.bar->setValue(static_cast<int>(sent * 1000 / total));
                }
            });
    connect(m_storage.get(), &StorageClient::downloadProgress, this,
            [this](const QString &bucket, const QString &path, qint64 received, qint64 total) {
                const Transfer t = m_transfers.value(objectKey(bucket, path));
                if (t.bar && total > 0) {
                    t.bar->setMaximum(1000);
                    t.bar->setValue(static_cast<int>(received * 1000 / total));
                }
            });
    reload();
}

AttachmentList::~AttachmentList() = default;

void AttachmentList::setTicket(const QUuid &ticketId)
{
    if (ticketId != m_ticketId) {
        m_error->hide();
    }
    m_ticketId = ticketId;
    reload();
}

void AttachmentList::reload()
{
    m_attachments.clear();
    const MirrorTable *table = MirrorSchema::table(QStringLiteral("attachments"));
    if (!m_ticketId.isNull() && table) {
        QStringList keys;
        QSqlQuery query(m_workspace.cache().connection());
        query.prepare(QStringLiteral("SELECT id FROM attachments WHERE ticket_id = ? ORDER BY created_at, id"));
        query.addBindValue(m_ticketId.toString(QUuid::WithoutBraces));
        if (query.exec()) {
            while (query.next()) {
                keys.append(query.value(0).toString());
            }
        }
        MirrorStore store(m_workspace.cache());
        if (auto rows = store.rows(*table, keys); rows.ok()) {
            for (const Json &json : rows.value()) {
                try {
                    Attachment a;
                    from_json(json, a);
                    if (!a.deletedAt) {
                        m_attachments.push_back(a);
                    }
                } catch (const std::exception &) {
                }
            }
        }
    }
    const QUuid selected = selectedId();
    m_tree->clear();
    for (const Attachment &a : m_attachments) {
        auto *item = new QTreeWidgetItem(m_tree, {a.fileName, QLocale().formattedDataSize(a.sizeBytes),
                                                  typeText(a.contentType)});
        item->setIcon(0, m_icons.icon(a.contentType.startsWith(QLatin1String("image/")) ? QStringLiteral("file-down")
                                                                                        : QStringLiteral("file-text")));
        item->setData(0, Qt::UserRole, a.id);
        item->setToolTip(0, tr("Double-click to open"));
        if (a.id == selected) {
            item->setSelected(true);
        }
    }
    const int count = static_cast<int>(m_attachments.size());
    m_header->setText(count == 0 ? tr("Attachments") : tr("Attachments (%1)").arg(count));
    if (m_workspace.me().role != UserRole::Customer) {
        // Files hang on the ticket, not on a note: say who sees them before an agent drops one during a note.
        m_header->setText(m_header->text() + QStringLiteral(" · ") + tr("the requester sees them too"));
    }
    if (count > 0) {
        // As tall as its rows (up to four), so the conversation keeps the room.
        const int rowHeight = qMax(m_tree->sizeHintForRow(0), m_tree->fontMetrics().height() + 6);
        m_tree->setFixedHeight(m_tree->header()->sizeHint().height() + qMin(count, 4) * rowHeight
                               + 2 * m_tree->frameWidth() + 2);
    }
    m_tree->setVisible(count > 0);
    m_empty->setVisible(count == 0);
    updateButtons();
    emit countChanged(count);
}

void AttachmentList::updateButtons()
{
    const bool any = !selectedId().isNull();
    m_openButton->setVisible(any);
    m_saveButton->setVisible(any);
    m_attach->setEnabled(!m_ticketId.isNull());
}

QUuid AttachmentList::selectedId() const
{
    const auto items = m_tree->selectedItems();
    return items.isEmpty() ? QUuid() : items.front()->data(0, Qt::UserRole).toUuid();
}

const Attachment *AttachmentList::attachment(const QUuid &id) const
{
    for (const Attachment &a : m_attachments) {
        if (a.id == id) {
            return &a;
        }
    }
    return nullptr;
}

QString AttachmentList::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void AttachmentList::setNextFileSelection(const QStringList &files)
{
    s_nextFiles = files;
}

void AttachmentList::chooseAndUpload()
{
    if (m_ticketId.isNull()) {
        return;
    }
    QStringList files;
    if (!s_nextFiles.isEmpty()) {
        files = std::exchange(s_nextFiles, {});
    } else {
        files = QFileDialog::getOpenFileNames(this, tr("Attach files"));
    }
    if (!files.isEmpty()) {
        upload(files);
    }
}

QString AttachmentList::describe(const Error &error, bool upload)
{
    if (error.httpStatus == 413 || error.code == QLatin1String("EntityTooLarge")) {
        return tr("The file is larger than the server accepts (at most %1).")
            .arg(QLocale().formattedDataSize(kMaxBytes));
    }
    if (error.httpStatus == 403 || error.httpStatus == 401 || error.code == QLatin1String("AccessDenied")
        || error.code == QLatin1String("42501")) {
        return upload ? tr("You are not allowed to attach files to this ticket.")
                      : tr("You are not allowed to download this file.");
    }
    if (error.httpStatus == 404) {
        return tr("The file is no longer on the server.");
    }
    if (error.kind == Error::Kind::Network || error.kind == Error::Kind::Timeout) {
        return upload ? tr("The upload failed: the server cannot be reached. Try again when you are online.")
                      : tr("The download failed: the server cannot be reached. Try again when you are online.");
    }
    return error.userMessage();
}

void AttachmentList::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (!message.isEmpty()) {
        emit failed(message);
    }
}

bool AttachmentList::upload(const QStringList &filePaths)
{
    if (m_ticketId.isNull()) {
        return false;
    }
    m_error->hide();
    QStringList errors;
    if (m_workspace.sync().state() == SyncEngine::State::Offline) {
        showError(tr("You are offline: files upload only while the server is reachable. Nothing was queued; "
                     "attach the file again once you are back online."));
        return false;
    }
    int started = 0;
    for (const QString &path : filePaths) {
        started += startUpload(path, errors) ? 1 : 0;
    }
    if (!errors.isEmpty()) {
        showError(errors.join(QLatin1Char('\n')));
    }
    return started > 0;
}

bool AttachmentList::startUpload(const QString &filePath, QStringList &errors)
{
    const QFileInfo info(filePath);
    if (!info.isFile()) {
        errors.append(tr("“%1” is not a file.").arg(info.fileName()));
        return false;
    }
    if (info.size() > kMaxBytes) {
        errors.append(tr("“%1” is %2; attachments can be at most %3.")
                          .arg(info.fileName(), QLocale().formattedDataSize(info.size()),
                               QLocale().formattedDataSize(kMaxBytes)));
        return false;
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        errors.append(tr("“%1” cannot be read: %2").arg(info.fileName(), file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    const QString contentType = QMimeDatabase().mimeTypeForFileNameAndData(filePath, bytes.left(4096)).name();
    const QUuid id = QUuid::createUuid();
    const QUuid ticketId = m_ticketId;
    const QString bucket = QStringLiteral("attachments");
    const QString path = QStringLiteral("%1/%2-%3")
                             .arg(ticketId.toString(QUuid::WithoutBraces), id.toString(QUuid::WithoutBraces),
                                  safeName(info.fileName()));
    const QString key = objectKey(bucket, path);
    addTransferRow(key, tr("Uploading %1").arg(info.fileName()));
    const QString fileName = info.fileName();
    const qint64 size = bytes.size();
    m_storage->upload(bucket, path, bytes, contentType, false, this, [=, this](Result<QString> result) {
        finishTransfer(key);
        if (!result.ok()) {
            showError(tr("“%1” was not attached. %2").arg(fileName, describe(result.error(), true)));
            return;
        }
        const std::string now = m_workspace.clock().now().toIsoString();
        Json row{{"id", id.toString(QUuid::WithoutBraces).toStdString()},
                 {"ticket_id", ticketId.toString(QUuid::WithoutBraces).toStdString()},
                 {"bucket_id", bucket.toStdString()},
                 {"storage_path", path.toStdString()},
                 {"file_name", fileName.toStdString()},
                 {"size_bytes", size},
                 {"content_type", contentType.toStdString()},
                 {"uploader_id", m_workspace.me().id.toString(QUuid::WithoutBraces).toStdString()}};
        auto written = m_workspace.sync().insertRow(QStringLiteral("attachments"), row,
                                                    Json{{"created_at", now}, {"updated_at", now}});
        if (!written.ok()) {
            showError(tr("“%1” was uploaded but could not be recorded: %2")
                          .arg(fileName, written.error().userMessage()));
            return;
        }
        reload();
        emit uploaded(fileName);
    });
    return true;
}

QProgressBar *AttachmentList::addTransferRow(const QString &key, const QString &text)
{
    auto *row = new QWidget(this);
    row->setObjectName(QStringLiteral("attachmentTransfer"));
    auto *label = new QLabel(text, row);
    label->setProperty("muted", true);
    auto *bar = new QProgressBar(row);
    bar->setObjectName(QStringLiteral("attachmentProgress"));
    bar->setRange(0, 0); // busy until the first progress report
    bar->setTextVisible(false);
    bar->setMaximumHeight(8);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(bar, 1);
    m_transferRows->addWidget(row);
    m_transfers.insert(key, {row, bar});
    return bar;
}

void AttachmentList::finishTransfer(const QString &key)
{
    const Transfer t = m_transfers.take(key);
    delete t.row;
}

bool AttachmentList::saveTo(const QUuid &attachmentId, const QString &filePath)
{
    const Attachment *a = attachment(attachmentId);
    if (!a) {
        return false;
    }
    m_error->hide();
    const QString key = objectKey(a->bucketId, a->storagePath);
    if (m_transfers.contains(key)) {
        return false;
    }
    addTransferRow(key, tr("Downloading %1").arg(a->fileName));
    const QString fileName = a->fileName;
    m_storage->download(a->bucketId, a->storagePath, this, [=, this](Result<QByteArray> result) {
        finishTransfer(key);
        if (!result.ok()) {
            showError(tr("“%1” could not be downloaded. %2").arg(fileName, describe(result.error(), false)));
            return;
        }
        QSaveFile file(filePath);
        if (!file.open(QIODevice::WriteOnly) || file.write(result.value()) != result.value().size() || !file.commit()) {
            showError(tr("“%1” could not be saved: %2").arg(fileName, file.errorString()));
            return;
        }
        emit downloaded(filePath);
    });
    return true;
}

bool AttachmentList::open(const QUuid &attachmentId)
{
    const Attachment *a = attachment(attachmentId);
    if (!a) {
        return false;
    }
    QDir dir(QStandardPaths::writableLocation(QStandardPaths::TempLocation));
    const QString folder = QStringLiteral("helpdesk-attachments/%1").arg(a->id.toString(QUuid::WithoutBraces));
    if (!dir.mkpath(folder)) {
        showError(tr("No place to keep the file for opening."));
        return false;
    }
    const QString target = dir.filePath(folder + QLatin1Char('/') + safeName(a->fileName));
    auto *context = new QObject(this);
    connect(this, &AttachmentList::downloaded, context, [context, target](const QString &path) {
        if (path == target) {
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
            context->deleteLater();
        }
    });
    connect(this, &AttachmentList::failed, context, &QObject::deleteLater);
    if (!saveTo(a->id, target)) {
        delete context;
        return false;
    }
    return true;
}

} // namespace helpdesk
