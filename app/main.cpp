// The helpdesk executable: options, translations, theme, then sign-in and the main window.
#include "DesktopApp.h"

#include "ui/IconSet.h"
#include "ui/Theme.h"

#include "core/Clock.h"
#include "supabase/InMemorySecretStore.h"
#include "supabase/KeychainSecretStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <cstdio>
#include <memory>

using namespace helpdesk;

namespace {

void installTranslators(QApplication &app, const QLocale &locale)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qtTranslator);
    }
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("helpdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(translator);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Helpdesk"));
    QApplication::setApplicationName(QStringLiteral("helpdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Helpdesk"));
    QApplication::setApplicationVersion(QStringLiteral(HELPDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("helpdesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Native helpdesk client over Supabase"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QStringLiteral("After sign-in and the first sync, save the main window to FILE (PNG) and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
        QStringLiteral("Colour scheme: system (default), light or dark."), QStringLiteral("THEME"),
        QStringLiteral("system"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
        QStringLiteral("User interface language, e.g. de (default: the system's)."), QStringLiteral("LANG"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QStringLiteral("Sign in to the local demo server as $HELPDESK_DEMO_EMAIL (agent@example.com)."));
    parser.addOptions({screenshotOption, themeOption, languageOption, demoOption});
    parser.process(app);

    const QLocale locale = parser.isSet(languageOption) ? QLocale(parser.value(languageOption)) : QLocale();
    QLocale::setDefault(locale);
    installTranslators(app, locale);

    Theme theme(app);
    theme.setMode(Theme::modeFromString(parser.value(themeOption)));
    IconSet icons;
    QApplication::setWindowIcon(icons.icon(QStringLiteral("life-buoy")));

    // Sessions live in the OS keychain; a screenshot run keeps its session in memory only.
    std::unique_ptr<SecretStore> secrets;
    if (parser.isSet(screenshotOption)) {
        secrets = std::make_unique<InMemorySecretStore>();
    } else {
        secrets = std::make_unique<KeychainSecretStore>();
    }
    QObject::connect(secrets.get(), &SecretStore::warning, secrets.get(),
                     [](const QString &message) { std::fprintf(stderr, "helpdesk: %s\n", qPrintable(message)); });
    SystemClock clock;

    DesktopApp::Options options;
    options.screenshotFile = parser.value(screenshotOption);
    const QString demoEmail = qEnvironmentVariable("HELPDESK_DEMO_EMAIL");
    if (parser.isSet(demoOption) || !demoEmail.isEmpty()) {
        options.demoEmail = demoEmail.isEmpty() ? QStringLiteral("agent@example.com") : demoEmail;
        const QString demoPassword = qEnvironmentVariable("HELPDESK_DEMO_PASSWORD");
        options.demoPassword = demoPassword.isEmpty() ? QStringLiteral("helpdesk-demo") : demoPassword;
    }
    DesktopApp desktop(options, *secrets, clock, theme, icons);
    QObject::connect(&desktop, &DesktopApp::finished, &app, [](int code) { QApplication::exit(code); },
                     Qt::QueuedConnection);
    QApplication::setQuitOnLastWindowClosed(true);
    desktop.start();
    return QApplication::exec();
}
