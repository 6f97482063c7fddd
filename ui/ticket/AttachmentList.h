#pragma once

#include "core/Attachment.h"
#include "core/Error.h"

#include <QHash>
#include <QUuid>
#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QVBoxLayout;

namespace helpdesk {

class HttpTransport;
class IconSet;
class StorageClient;
class Theme;
class UserWorkspace;

// The files of a ticket (name, size, type) and their transfers: upload (file dialog, drag and drop) with a
// progress bar, download to open or save, with a progress bar. The file goes to Storage first
// (<ticket id>/<uuid>-<name> in the private bucket "attachments"); its metadata row then goes through the
// sync engine. Uploading needs the server: offline, it is refused with a sentence saying so (the bytes are
// not kept in the outbox). Errors (too big, not allowed, unreachable) are shown under the list.
class AttachmentList : public QWidget
{
    Q_OBJECT
public:
    // The bucket's limit (supabase/migrations: file_size_limit 26214400).
    static constexpr qint64 kMaxBytes = 25 * 1024 * 1024;

    AttachmentList(UserWorkspace &workspace, const Theme &theme, const IconSet &icons, QWidget *parent = nullptr);
    ~AttachmentList() override;

    void setTicket(const QUuid &ticketId);
    // Re-reads the ticket's attachment rows from the cache.
    void reload();
    const std::vector<Attachment> &attachments() const { return m_attachments; }

    // Starts uploading local files to the ticket; false (and an error shown) when none could start.
    bool upload(const QStringList &filePaths);
    // Asks for files (the file dialog, or the files given by setNextFileSelection in tests) and uploads them.
    void chooseAndUpload();
    // Downloads an attachment into `filePath`; downloaded() or failed() follows.
    bool saveTo(const QUuid &attachmentId, const QString &filePath);
    // Downloads into a temporary folder and opens the file with the desktop's application.
    bool open(const QUuid &attachmentId);
    int transfersRunning() const { return static_cast<int>(m_transfers.size()); }
    QString errorText() const;

    static void setNextFileSelection(const QStringList &files);
    // The sentence for a failed transfer.
    static QString describe(const Error &error, bool upload);

signals:
    void uploaded(const QString &fileName);
    void downloaded(const QString &filePath);
    void failed(const QString &message);
    void countChanged(int count);

private:
    struct Transfer
    {
        QWidget *row = nullptr;
        QProgressBar *bar = nullptr;
    };
    bool startUpload(const QString &filePath, QStringList &errors);
    QProgressBar *addTransferRow(const QString &key, const QString &text);
    void finishTransfer(const QString &key);
    void showError(const QString &message);
    void updateButtons();
    const Attachment *attachment(const QUuid &id) const;
    QUuid selectedId() const;

    UserWorkspace &m_workspace;
    const Theme &m_theme;
    const IconSet &m_icons;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<StorageClient> m_storage;
    QUuid m_ticketId;
    std::vector<Attachment> m_attachments;
    QHash<QString, Transfer> m_transfers; // "bucket/path" → its row

    QLabel *m_header = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_empty = nullptr;
    QVBoxLayout *m_transferRows = nullptr;
    QLabel *m_error = nullptr;

    static QStringList s_nextFiles;
};

} // namespace helpdesk
