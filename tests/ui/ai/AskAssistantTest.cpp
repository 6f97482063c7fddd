// The customers' assistant against the local server with the builtin provider on the seeded help articles: a KB
// question answered with citations (and "this solved my problem" recorded as a deflection), nonsense answered
// honestly with the "create a ticket" path carrying the question.
#include "AiTestWorkspace.h"

#include "ui/TcpRelay.h"
#include "ui/ai/AskAssistant.h"

#include <gtest/gtest.h>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>

using namespace helpdesk;
using namespace helpdesk::testing;

namespace {

class AskAssistantTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { s_customer = new AiTestWorkspace(QStringLiteral("customer@example.com")); }
    static void TearDownTestSuite()
    {
        delete s_customer;
        s_customer = nullptr;
    }

    void SetUp() override
    {
        ASSERT_TRUE(s_customer->error.isEmpty()) << s_customer->error.toStdString();
        assistant = std::make_unique<AskAssistant>(*s_customer->workspace, s_customer->icons);
        assistant->resize(520, 600);
        assistant->show();
    }

    // Types the question and presses Enter; waits for the answer.
    bool askTyped(const QString &question)
    {
        auto *edit = assistant->findChild<QLineEdit *>(QStringLiteral("askQuestionEdit"));
        edit->clear();
        QTest::keyClicks(edit, question);
        QSignalSpy shown(assistant.get(), &AskAssistant::answerShown);
        QTest::keyClick(edit, Qt::Key_Return);
        return QTest::qWaitFor([&] { return !shown.isEmpty(); }, 90'000);
    }

    template <typename T> T *find(const char *name) { return assistant->findChild<T *>(QString::fromLatin1(name)); }

    std::unique_ptr<AskAssistant> assistant;
    static inline AiTestWorkspace *s_customer = nullptr;
};

} // namespace

TEST_F(AskAssistantTest, AKnowledgeBaseQuestionIsAnsweredWithCitationsAndSolvingItRecordsADeflection)
{
    ASSERT_TRUE(askTyped(QStringLiteral("How do I reset my password? I forgot it.")));
    EXPECT_EQ(assistant->statusText(), QString());
    ASSERT_TRUE(assistant->answered()) << assistant->answerText().toStdString();
    EXPECT_EQ(find<QTextBrowser>("askAnswerText")->toPlainText(), assistant->answerText());

    // The citations are public articles; the password article among them, and clicking opens it.
    auto kb = s_customer->connection->rest().from(QStringLiteral("kb_articles"));
    kb.select(QStringLiteral("id")).eq(QStringLiteral("slug"), QStringLiteral("reset-your-password"));
    auto article = rest(*s_customer->connection, kb);
    ASSERT_TRUE(article.ok());
    ASSERT_EQ(article.value().data.size(), 1u);
    const QUuid passwordArticle = QUuid::fromString(jsonString(article.value().data.front(), "id"));
    auto citations = assistant->findChildren<QPushButton *>(QStringLiteral("askCitation"));
    ASSERT_FALSE(citations.isEmpty());
    QPushButton *cited = nullptr;
    for (QPushButton *c : citations) {
        if (c->property("citedId").toUuid() == passwordArticle) {
            cited = c;
        }
    }
    ASSERT_NE(cited, nullptr) << "the password article is cited";
    QSignalSpy open(assistant.get(), &AskAssistant::openArticleRequested);
    cited->click();
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.at(0).at(0).toUuid(), passwordArticle);

    // "This solved my problem": a deflection of this answer, recorded as the customer.
    auto *solved = find<QPushButton>("askSolvedButton");
    ASSERT_TRUE(solved->isVisible());
    QSignalSpy deflected(assistant.get(), &AskAssistant::deflectionRecorded);
    solved->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !deflected.isEmpty(); }, 30'000));
    EXPECT_TRUE(find<QLabel>("askThanks")->isVisible());
    auto rows = s_customer->connection->rest().from(QStringLiteral("ai_deflections"));
    rows.select(QStringLiteral("id,user_id,query")).eq(QStringLiteral("suggestion_id"), assistant->suggestionId());
    auto stored = rest(*s_customer->connection, rows);
    ASSERT_TRUE(stored.ok());
    ASSERT_GE(stored.value().data.size(), 1u);
    EXPECT_EQ(jsonString(stored.value().data.back(), "user_id"), s_customer->userId());
    EXPECT_EQ(jsonString(stored.value().data.back(), "query"), QStringLiteral("How do I reset my password? I forgot it."));
    // ... and the answer is rated accepted (customers rate their own answers).
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return jsonString(suggestionRow(*s_customer->connection, assistant->suggestionId()), "outcome")
                     == QLatin1String("accepted"); },
        30'000));
}

TEST_F(AskAssistantTest, NonsenseGetsAnHonestIDontKnowAndTheCreateATicketPathWithTheQuestion)
{
    const QString question = QStringLiteral("qwxz vbnm plkj zzkrt");
    ASSERT_TRUE(askTyped(question));
    EXPECT_FALSE(assistant->answered());
    EXPECT_TRUE(assistant->answerText().contains(QStringLiteral("create a ticket"))) << assistant->answerText().toStdString();
    EXPECT_TRUE(assistant->findChildren<QPushButton *>(QStringLiteral("askCitation")).isEmpty());
    EXPECT_FALSE(find<QPushButton>("askSolvedButton")->isVisible());
    auto *create = find<QPushButton>("askCreateTicketButton");
    ASSERT_TRUE(create->isVisible());
    QSignalSpy requested(assistant.get(), &AskAssistant::createTicketRequested);
    create->click();
    ASSERT_EQ(requested.size(), 1);
    EXPECT_EQ(requested.at(0).at(0).toString(), question);
    EXPECT_EQ(requested.at(0).at(1).toString(), question);
}

TEST_F(AskAssistantTest, ALongQuestionBecomesAShortSubjectAndTheFullBody)
{
    const QString question = QStringLiteral("Our whole team has been unable to export the monthly report since the "
                                            "last update, the button spins forever and nothing downloads at all\n"
                                            "We tried Chrome and Firefox.");
    assistant->ask(question);
    QSignalSpy shown(assistant.get(), &AskAssistant::answerShown);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 90'000));
    QSignalSpy requested(assistant.get(), &AskAssistant::createTicketRequested);
    find<QPushButton>("askCreateTicketButton")->click();
    ASSERT_EQ(requested.size(), 1);
    const QString subject = requested.at(0).at(0).toString();
    EXPECT_LE(subject.size(), 120);
    EXPECT_TRUE(subject.startsWith(QStringLiteral("Our whole team has been unable to export")));
    EXPECT_FALSE(subject.contains(QLatin1Char('\n')));
    EXPECT_EQ(requested.at(0).at(1).toString(), question);
}

TEST(AskAssistantOffline, SaysItNeedsAConnectionAndStillOffersTheTicket)
{
    TcpRelay relay(static_cast<quint16>(ServerProfile::localDemoServer().url.port(54321)));
    ASSERT_TRUE(relay.start());
    ServerProfile viaRelay = ServerProfile::localDemoServer();
    viaRelay.localDemo = false;
    viaRelay.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(relay.port()));
    AiTestWorkspace customer(QStringLiteral("customer@example.com"), viaRelay);
    ASSERT_TRUE(customer.error.isEmpty()) << customer.error.toStdString();
    AskAssistant assistant(*customer.workspace, customer.icons);
    assistant.show();
    auto *banner = assistant.findChild<QLabel *>(QStringLiteral("askOffline"));
    ASSERT_NE(banner, nullptr);
    EXPECT_FALSE(banner->isVisible());

    relay.setOnline(false);
    customer.workspace->sync().syncNow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return customer.workspace->sync().state() == SyncEngine::State::Offline; }, 90'000));
    EXPECT_TRUE(banner->isVisible());
    EXPECT_FALSE(assistant.findChild<QPushButton *>(QStringLiteral("askButton"))->isEnabled());
    QSignalSpy shown(&assistant, &AskAssistant::answerShown);
    assistant.ask(QStringLiteral("How do I reset my password?"));
    ASSERT_EQ(shown.size(), 1);
    EXPECT_FALSE(assistant.isBusy());
    EXPECT_TRUE(assistant.statusText().startsWith(QStringLiteral("Needs a connection"))) << assistant.statusText().toStdString();
    QSignalSpy requested(&assistant, &AskAssistant::createTicketRequested);
    auto *create = assistant.findChild<QPushButton *>(QStringLiteral("askCreateTicketButton"));
    ASSERT_TRUE(create->isVisible());
    create->click();
    ASSERT_EQ(requested.size(), 1);
    EXPECT_EQ(requested.at(0).at(1).toString(), QStringLiteral("How do I reset my password?"));

    relay.setOnline(true);
    customer.workspace->sync().syncNow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !assistant.isOffline(); }, 90'000));
    EXPECT_FALSE(banner->isVisible());
    EXPECT_TRUE(assistant.findChild<QPushButton *>(QStringLiteral("askButton"))->isEnabled());
}
