// GoogleTest entry for the widget tests: one QApplication, offscreen unless told otherwise.
#include <gtest/gtest.h>

#include <QApplication>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    ::testing::InitGoogleTest(&argc, argv);
    // CTest lists the tests before running them (gtest_discover_tests); listing needs no GUI, and a
    // QApplication on a cold machine (font cache, platform plugin) must not be able to fail the discovery.
    if (GTEST_FLAG_GET(list_tests)) {
        return RUN_ALL_TESTS();
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("HelpdeskTests"));
    QApplication::setApplicationName(QStringLiteral("helpdesk-ui-tests"));
    return RUN_ALL_TESTS();
}
