// GoogleTest entry for the widget tests: one QApplication, offscreen unless told otherwise.
#include <gtest/gtest.h>

#include <QApplication>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    ::testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("HelpdeskTests"));
    QApplication::setApplicationName(QStringLiteral("helpdesk-ui-tests"));
    return RUN_ALL_TESTS();
}
