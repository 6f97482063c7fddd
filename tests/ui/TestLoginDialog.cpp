#include "ui/IconSet.h"
#include "ui/LoginDialog.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace helpdesk;

namespace {

struct LoginDialogFixture : ::testing::Test
{
    IconSet icons;
    LoginDialog dialog{icons};

    template <typename T>
    T *child(const char *name)
    {
        auto *widget = dialog.findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }
};

} // namespace

TEST_F(LoginDialogFixture, DefaultsToTheLocalDemoServer)
{
    EXPECT_TRUE(dialog.profile().localDemo);
    // The local stack's address: SUPABASE_URL when scripts/local-stack set one, else the CLI's port 54321.
    const QString env = qEnvironmentVariable("SUPABASE_URL");
    EXPECT_EQ(dialog.profile().url.port(), env.isEmpty() ? 54321 : QUrl(env).port());
    EXPECT_EQ(dialog.profile().url.host(), QStringLiteral("127.0.0.1"));
    EXPECT_TRUE(dialog.profile().validationError().isEmpty());
}

TEST_F(LoginDialogFixture, EmitsTheCredentialsAndTurnsBusy)
{
    QSignalSpy spy(&dialog, &LoginDialog::signInRequested);
    QTest::keyClicks(child<QLineEdit>("emailEdit"), QStringLiteral("agent@example.com"));
    QTest::keyClicks(child<QLineEdit>("passwordEdit"), QStringLiteral("helpdesk-demo"));
    QTest::mouseClick(child<QPushButton>("signInButton"), Qt::LeftButton);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(1).toString(), QStringLiteral("agent@example.com"));
    EXPECT_EQ(spy.at(0).at(2).toString(), QStringLiteral("helpdesk-demo"));
    EXPECT_TRUE(dialog.isBusy());
    EXPECT_FALSE(child<QPushButton>("signInButton")->isEnabled());

    dialog.showError(QStringLiteral("The email address or password is incorrect."));
    EXPECT_FALSE(dialog.isBusy());
    EXPECT_EQ(dialog.errorText(), QStringLiteral("The email address or password is incorrect."));
}

TEST_F(LoginDialogFixture, RefusesAnEmptyPasswordWithoutSigningIn)
{
    QSignalSpy spy(&dialog, &LoginDialog::signInRequested);
    QTest::keyClicks(child<QLineEdit>("emailEdit"), QStringLiteral("agent@example.com"));
    QTest::mouseClick(child<QPushButton>("signInButton"), Qt::LeftButton);
    EXPECT_EQ(spy.count(), 0);
    EXPECT_FALSE(dialog.errorText().isEmpty());
}

TEST_F(LoginDialogFixture, ExplainsWhatIsWrongWithACustomProjectUrl)
{
    QSignalSpy spy(&dialog, &LoginDialog::signInRequested);
    child<QComboBox>("serverCombo")->setCurrentIndex(1);
    dialog.show();
    EXPECT_TRUE(child<QLineEdit>("urlEdit")->isVisible());
    QTest::keyClicks(child<QLineEdit>("urlEdit"), QStringLiteral("ftp://nowhere"));
    QTest::keyClicks(child<QLineEdit>("anonKeyEdit"), QStringLiteral("a.b.c"));
    QTest::keyClicks(child<QLineEdit>("emailEdit"), QStringLiteral("agent@example.com"));
    QTest::keyClicks(child<QLineEdit>("passwordEdit"), QStringLiteral("pw"));
    QTest::mouseClick(child<QPushButton>("signInButton"), Qt::LeftButton);
    EXPECT_EQ(spy.count(), 0);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("URL")));

    child<QLineEdit>("urlEdit")->setText(QStringLiteral("https://abcd.supabase.co"));
    QTest::mouseClick(child<QPushButton>("signInButton"), Qt::LeftButton);
    ASSERT_EQ(spy.count(), 1);
    const auto profile = spy.at(0).at(0).value<ServerProfile>();
    EXPECT_FALSE(profile.localDemo);
    EXPECT_EQ(profile.url, QUrl(QStringLiteral("https://abcd.supabase.co")));
    EXPECT_EQ(profile.anonKey, QStringLiteral("a.b.c"));
}
