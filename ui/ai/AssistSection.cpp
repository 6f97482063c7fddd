#include "AssistSection.h"

#include "AssistClient.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace helpdesk {

AssistSection::AssistSection(const QString &key, const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_key(key)
{
    setObjectName(key + QStringLiteral("Section"));
    setFrameShape(QFrame::StyledPanel);
    m_title = new QLabel(title, this);
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    m_command = new QToolButton(this);
    m_command->setObjectName(key + QStringLiteral("Button"));
    m_command->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_command->setAutoRaise(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(key + QStringLiteral("Progress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(4);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(key + QStringLiteral("Status"));
    m_status->setWordWrap(true);
    m_status->setProperty("muted", true);
    m_status->hide();
    m_provider = new QLabel(this);
    m_provider->setObjectName(key + QStringLiteral("Provider"));
    m_provider->setWordWrap(true);
    m_provider->setProperty("muted", true);
    QFont small = m_provider->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_provider->setFont(small);
    m_provider->hide();

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_command);
    m_body = new QVBoxLayout;
    m_body->setContentsMargins(0, 0, 0, 0);
    m_body->setSpacing(4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 8);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(m_body);
    layout->addWidget(m_provider);
}

void AssistSection::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    if (busy) {
        setStatus(what.isEmpty() ? tr("Working…") : what);
    }
}

void AssistSection::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("muted", !error);
    m_error = error;
    m_status->setStyleSheet(error ? QStringLiteral("color: #d14343;") : QString());
    m_status->setVisible(!text.isEmpty());
}

QString AssistSection::status() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void AssistSection::setProvider(const AssistAnswer &answer)
{
    m_provider->setText(AssistClient::providerText(answer));
    m_provider->show();
}

void AssistSection::clearProvider()
{
    m_provider->clear();
    m_provider->hide();
}

QString AssistSection::providerText() const
{
    return m_provider->isHidden() ? QString() : m_provider->text();
}

void AssistSection::clearBody()
{
    while (QLayoutItem *item = m_body->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->setParent(nullptr);
            widget->deleteLater();
        } else if (QLayout *nested = item->layout()) {
            while (QLayoutItem *inner = nested->takeAt(0)) {
                if (QWidget *innerWidget = inner->widget()) {
                    innerWidget->hide();
                    innerWidget->setParent(nullptr);
                    innerWidget->deleteLater();
                }
                delete inner;
            }
        }
        delete item;
    }
}

} // namespace helpdesk
