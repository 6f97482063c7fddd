#include "kb/KbReportsView.h"

#include "IconSet.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace helpdesk {

namespace {

QTableWidget *table(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return t;
}

QTableWidgetItem *cell(const QString &text, const QVariant &data = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, data);
    return item;
}

} // namespace

KbReportsView::KbReportsView(KbServer &server, const IconSet &icons, QWidget *parent)
    : QWidget(parent)
    , m_server(server)
{
    setObjectName(QStringLiteral("kbReportsView"));
    auto *heading = new QLabel(tr("Knowledge-base health"), this);
    QFont f = heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.3);
    heading->setFont(f);
    m_refresh = new QPushButton(icons.icon(QStringLiteral("refresh-cw")), tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("kbReportsRefresh"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("kbReportsStatus"));
    m_status->setWordWrap(true);
    m_least = table(QStringLiteral("kbLeastHelpfulTable"),
                    {tr("Article"), tr("Helpful"), tr("Not helpful"), tr("Not helpful share")}, this);
    m_gaps = table(QStringLiteral("kbContentGapsTable"),
                   {tr("Search that found nothing"), tr("Searches"), tr("People"), tr("Found since")}, this);
    m_write = new QPushButton(icons.icon(QStringLiteral("plus")), tr("Write an article for this search"), this);
    m_write->setObjectName(QStringLiteral("kbWriteForGapButton"));
    m_write->setEnabled(false);

    auto *top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(new QLabel(tr("Least helpful articles (readers' votes)"), this));
    layout->addWidget(m_least, 1);
    layout->addWidget(new QLabel(tr("Content gaps: searches of the last 30 days that found no article"), this));
    layout->addWidget(m_gaps, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_write);
    layout->addLayout(bottom);

    connect(m_refresh, &QPushButton::clicked, this, &KbReportsView::refresh);
    connect(m_least, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        emit articleRequested(m_least->item(row, 0)->data(Qt::UserRole).toUuid());
    });
    connect(m_gaps, &QTableWidget::itemSelectionChanged, this,
            [this] { m_write->setEnabled(!m_gaps->selectedItems().isEmpty()); });
    connect(m_write, &QPushButton::clicked, this, [this] {
        const int row = m_gaps->currentRow();
        if (row >= 0) {
            emit writeArticleRequested(m_gaps->item(row, 0)->text());
        }
    });
}

int KbReportsView::leastHelpfulCount() const
{
    return m_least->rowCount();
}

int KbReportsView::gapCount() const
{
    return m_gaps->rowCount();
}

void KbReportsView::refresh()
{
    m_pending = 2;
    m_refresh->setEnabled(false);
    m_status->setText(tr("Asking the server…"));
    auto finished = [this](const QString &error) {
        if (!error.isEmpty()) {
            m_status->setText(error);
        }
        if (--m_pending == 0) {
            m_refresh->setEnabled(true);
            if (m_status->text() == tr("Asking the server…")) {
                m_status->clear();
            }
            emit loaded();
        }
    };
    m_server.leastHelpful(this, [this, finished](Result<QList<KbServer::LeastHelpful>> result) {
        m_least->setRowCount(0);
        if (!result.ok()) {
            finished(tr("The reports need a connection to the server: %1").arg(result.error().userMessage()));
            return;
        }
        const QLocale locale;
        for (const auto &item : result.value()) {
            const int row = m_least->rowCount();
            m_least->insertRow(row);
            m_least->setItem(row, 0, cell(item.title, item.articleId));
            m_least->setItem(row, 1, cell(locale.toString(item.helpful)));
            m_least->setItem(row, 2, cell(locale.toString(item.unhelpful)));
            m_least->setItem(row, 3, cell(locale.toString(item.unhelpfulShare * 100, 'f', 0) + QStringLiteral(" %")));
        }
        if (result.value().isEmpty()) {
            finished(tr("No article has been voted unhelpful yet."));
        } else {
            finished({});
        }
    });
    m_server.contentGaps(this, [this, finished](Result<QList<KbServer::ContentGap>> result) {
        m_gaps->setRowCount(0);
        if (!result.ok()) {
            finished(tr("The reports need a connection to the server: %1").arg(result.error().userMessage()));
            return;
        }
        const QLocale locale;
        for (const auto &gap : result.value()) {
            const int row = m_gaps->rowCount();
            m_gaps->insertRow(row);
            m_gaps->setItem(row, 0, cell(gap.query));
            m_gaps->setItem(row, 1, cell(locale.toString(gap.searches)));
            m_gaps->setItem(row, 2, cell(locale.toString(gap.searchers)));
            m_gaps->setItem(row, 3, cell(gap.foundLater ? tr("yes") : tr("not yet")));
        }
        finished({});
    });
}

} // namespace helpdesk
