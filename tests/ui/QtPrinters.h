#pragma once

// Readable GoogleTest failure output for Qt strings.
#include <QString>

#include <ostream>

inline void PrintTo(const QString &value, std::ostream *os)
{
    *os << '"' << value.toStdString() << '"';
}
