// GoogleTest main for suites that need a Qt event loop (QCoreApplication). Tests that wait use
// tests/support/Wait.h (event-loop based waits with timeouts; no sleeps).
#include <QCoreApplication>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
