#pragma once

#include "kb/KbServer.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace helpdesk {

class IconSet;

// For admins: the articles readers find least helpful (kb_least_helpful) and the searches that found nothing
// (kb_content_gaps, from the server's search log). Both come from the server; Refresh asks again.
class KbReportsView : public QWidget
{
    Q_OBJECT
public:
    KbReportsView(KbServer &server, const IconSet &icons, QWidget *parent = nullptr);

    void refresh();
    int leastHelpfulCount() const;
    int gapCount() const;

signals:
    void articleRequested(const QUuid &id);
    // Write an article for a search that found nothing (the query as its title).
    void writeArticleRequested(const QString &title);
    void loaded();

private:
    KbServer &m_server;
    int m_pending = 0;
    QTableWidget *m_least = nullptr;
    QTableWidget *m_gaps = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_write = nullptr;
};

} // namespace helpdesk
