#pragma once

#include <QElapsedTimer>
#include <QString>

#include <algorithm>
#include <sys/resource.h>
#include <vector>

namespace helpdesk::bench {

// Percentiles of a set of samples (milliseconds).
struct Samples
{
    std::vector<double> values;

    void add(double v) { values.push_back(v); }
    double percentile(double p) const
    {
        if (values.empty())
            return 0;
        std::vector<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        const auto index = static_cast<std::size_t>(p * static_cast<double>(sorted.size() - 1) + 0.5);
        return sorted[std::min(index, sorted.size() - 1)];
    }
    double max() const { return values.empty() ? 0 : *std::max_element(values.begin(), values.end()); }
    QString row(const QString& name) const
    {
        return QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
            .arg(name)
            .arg(values.size())
            .arg(percentile(0.5), 0, 'f', 2)
            .arg(percentile(0.95), 0, 'f', 2)
            .arg(max(), 0, 'f', 2);
    }
};

inline double elapsedMs(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// Peak resident set size of this process so far, in MB.
inline double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

} // namespace helpdesk::bench
