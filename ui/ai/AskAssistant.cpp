#include "AskAssistant.h"

#include "AssistClient.h"

#include "ui/IconSet.h"
#include "ui/UserWorkspace.h"

#include "sync/SyncEngine.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace helpdesk {

namespace {

// The subject of a ticket made from a question: its first line, at most 120 characters, cut at a word.
QString subjectOf(const QString &question)
{
    QString line = question.trimmed().section(QLatin1Char('\n'), 0, 0).simplified();
    if (line.size() > 120) {
        line = line.left(117);
        if (const int space = line.lastIndexOf(QLatin1Char(' ')); space > 60) {
            line = line.left(space);
        }
        line += QStringLiteral("…");
    }
    return line;
}

} // namespace

AskAssistant::AskAssistant(UserWorkspace &workspace, const IconSet &icons, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_icons(icons)
    , m_client(new AssistClient(workspace.connection(), this))
{
    setObjectName(QStringLiteral("askAssistant"));
    auto *heading = new QLabel(tr("Ask a question"), this);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    heading->setFont(font);
    auto *intro = new QLabel(tr("Our assistant answers from the help articles. If it cannot help, create a ticket "
                                "and a person will."),
                             this);
    intro->setWordWrap(true);
    intro->setProperty("muted", true);

    m_question = new QLineEdit(this);
    m_question->setObjectName(QStringLiteral("askQuestionEdit"));
    m_question->setPlaceholderText(tr("Describe your problem or question"));
    m_question->setClearButtonEnabled(true);
    m_ask = new QPushButton(icons.icon(QStringLiteral("sparkles")), tr("Ask"), this);
    m_ask->setObjectName(QStringLiteral("askButton"));
    m_ask->setDefault(true);
    connect(m_ask, &QPushButton::clicked, this, [this] { ask(m_question->text()); });
    connect(m_question, &QLineEdit::returnPressed, this, [this] { ask(m_question->text()); });

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(4);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("askStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    m_offlineBanner = new QLabel(tr("The assistant needs a connection to the server. You can still create a "
                                    "ticket; it is sent when you are back online."),
                                 this);
    m_offlineBanner->setObjectName(QStringLiteral("askOffline"));
    m_offlineBanner->setWordWrap(true);
    m_offlineBanner->setStyleSheet(QStringLiteral("QLabel { border: 1px solid #d9a400; border-radius: 4px; "
                                                  "padding: 6px; }"));
    m_offlineBanner->hide();

    m_answerBox = new QWidget(this);
    m_answerBox->setObjectName(QStringLiteral("askAnswerBox"));
    m_answer = new QTextBrowser(m_answerBox);
    m_answer->setObjectName(QStringLiteral("askAnswerText"));
    m_answer->setOpenLinks(false);
    m_answer->setMinimumHeight(120);
    m_citations = new QWidget(m_answerBox);
    m_citations->setObjectName(QStringLiteral("askCitations"));
    m_citationsLayout = new QVBoxLayout(m_citations);
    m_citationsLayout->setContentsMargins(0, 0, 0, 0);
    m_citationsLayout->setSpacing(2);
    m_solved = new QPushButton(icons.icon(QStringLiteral("thumbs-up")), tr("This solved my problem"), m_answerBox);
    m_solved->setObjectName(QStringLiteral("askSolvedButton"));
    m_createTicket = new QPushButton(icons.icon(QStringLiteral("plus")), tr("Create a ticket"), m_answerBox);
    m_createTicket->setObjectName(QStringLiteral("askCreateTicketButton"));
    m_thanks = new QLabel(tr("Glad it helped. No ticket needed."), m_answerBox);
    m_thanks->setObjectName(QStringLiteral("askThanks"));
    m_thanks->hide();
    connect(m_solved, &QPushButton::clicked, this, &AskAssistant::solved);
    connect(m_createTicket, &QPushButton::clicked, this, &AskAssistant::createTicket);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_thanks);
    buttons->addStretch();
    buttons->addWidget(m_solved);
    buttons->addWidget(m_createTicket);
    auto *answerLayout = new QVBoxLayout(m_answerBox);
    answerLayout->setContentsMargins(0, 0, 0, 0);
    answerLayout->addWidget(m_answer, 1);
    answerLayout->addWidget(m_citations);
    answerLayout->addLayout(buttons);
    m_answerBox->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_question, 1);
    row->addWidget(m_ask);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_offlineBanner);
    layout->addLayout(row);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_answerBox, 1);
    layout->addStretch();

    connect(&m_workspace.sync(), &SyncEngine::stateChanged, this, &AskAssistant::updateConnectivity);
    updateConnectivity();
}

AskAssistant::~AskAssistant()
{
    m_handle.cancel();
}

void AskAssistant::focusQuestion()
{
    m_question->setFocus(Qt::OtherFocusReason);
    m_question->selectAll();
}

QString AskAssistant::question() const
{
    return m_question->text();
}

QString AskAssistant::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void AskAssistant::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #d14343;") : QString());
    m_status->setVisible(!text.isEmpty());
}

void AskAssistant::updateConnectivity()
{
    m_offline = m_workspace.sync().state() == SyncEngine::State::Offline;
    m_offlineBanner->setVisible(m_offline);
    m_ask->setEnabled(!m_offline);
    m_solved->setEnabled(!m_offline && !m_decided);
}

void AskAssistant::clearAnswer()
{
    m_answered = false;
    m_decided = false;
    m_answerText.clear();
    m_suggestion = QUuid();
    m_answer->clear();
    while (QLayoutItem *item = m_citationsLayout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->setParent(nullptr);
            widget->deleteLater();
        }
        delete item;
    }
    m_thanks->hide();
    m_answerBox->hide();
}

void AskAssistant::ask(const QString &question)
{
    const QString text = question.trimmed();
    if (m_question->text() != question) {
        m_question->setText(question);
    }
    if (text.size() < 3) {
        setStatus(tr("Type your question first."));
        return;
    }
    m_handle.cancel();
    clearAnswer();
    m_asked = text;
    if (m_offline) {
        setStatus(tr("Needs a connection. Create a ticket instead, or ask again when you are back online."));
        m_answerBox->show();
        m_answer->hide();
        m_solved->hide();
        m_createTicket->show();
        emit answerShown(false);
        return;
    }
    m_progress->show();
    setStatus(tr("Looking through the help articles…"));
    m_handle = m_client->run(Json{{"action", "answer"}, {"query", text.left(2000).toStdString()}}, this,
                             [this](Result<AssistAnswer> answer) {
                                 if (!answer.ok() && answer.error().kind == Error::Kind::Cancelled) {
                                     return;
                                 }
                                 m_progress->hide();
                                 if (!answer.ok()) {
                                     setStatus(AssistClient::errorText(answer.error()),
                                               !AssistClient::isConnectionError(answer.error()));
                                     m_answerBox->show();
                                     m_answer->hide();
                                     m_solved->hide();
                                     m_createTicket->show();
                                     emit answerShown(false);
                                     return;
                                 }
                                 showAnswer(answer.value());
                             });
}

void AskAssistant::showAnswer(const AssistAnswer &answer)
{
    setStatus({});
    const Json &result = answer.result;
    m_answered = assistjson::member(result, "answered").is_boolean() && result.at("answered").get<bool>();
    m_answerText = assistjson::string(result, "text");
    m_suggestion = answer.suggestionId;
    m_answer->setPlainText(m_answerText);
    m_answer->show();
    const Json &citations = assistjson::member(result, "citations");
    for (const Json &citation : citations.is_array() ? citations : Json::array()) {
        if (assistjson::string(citation, "kind") != QLatin1String("article")) {
            continue;
        }
        const QUuid id = QUuid::fromString(assistjson::string(citation, "id"));
        auto *link = new QPushButton(m_icons.icon(QStringLiteral("book-open")),
                                     tr("[%1] %2")
                                         .arg(static_cast<int>(assistjson::number(citation, "marker")))
                                         .arg(assistjson::string(citation, "title")),
                                     m_citations);
        link->setObjectName(QStringLiteral("askCitation"));
        link->setProperty("citedId", id);
        link->setFlat(true);
        link->setCursor(Qt::PointingHandCursor);
        link->setStyleSheet(QStringLiteral("text-align: left;"));
        link->setToolTip(tr("Read the article"));
        connect(link, &QPushButton::clicked, this, [this, id] { emit openArticleRequested(id); });
        m_citationsLayout->addWidget(link);
    }
    m_solved->setVisible(m_answered);
    m_solved->setEnabled(!m_offline);
    m_createTicket->setText(m_answered ? tr("Still need help? Create a ticket") : tr("Create a ticket"));
    m_createTicket->show();
    m_answerBox->show();
    emit answerShown(m_answered);
}

void AskAssistant::solved()
{
    if (m_decided || m_suggestion.isNull()) {
        return;
    }
    m_decided = true;
    m_solved->setEnabled(false);
    const QUuid suggestion = m_suggestion;
    m_client->recordDeflection(suggestion, m_asked, this, [this, suggestion](Result<void> recorded) {
        if (!recorded.ok()) {
            m_decided = false;
            m_solved->setEnabled(!m_offline);
            setStatus(tr("Could not record that: %1").arg(AssistClient::errorText(recorded.error())), true);
            return;
        }
        m_thanks->show();
        m_solved->hide();
        emit deflectionRecorded(suggestion);
        // The rating is secondary: a failure leaves the deflection recorded.
        m_client->rateOwnAnswer(suggestion, AssistOutcome::Accepted, this, [](Result<void>) {});
    });
}

void AskAssistant::createTicket()
{
    const QString question = m_asked.isEmpty() ? m_question->text().trimmed() : m_asked;
    if (m_answered && !m_decided && !m_suggestion.isNull() && !m_offline) {
        m_decided = true;
        m_client->rateOwnAnswer(m_suggestion, AssistOutcome::Rejected, this, [](Result<void>) {});
    }
    emit createTicketRequested(subjectOf(question), question);
}

} // namespace helpdesk
