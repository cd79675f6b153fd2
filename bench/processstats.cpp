#include "bench/processstats.h"

#include <QDir>
#include <QFile>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>

namespace fw::bench {
namespace {

double ticksPerSecond()
{
    static const double ticks = double(sysconf(_SC_CLK_TCK));
    return ticks > 0 ? ticks : 100.0;
}

// Fields of /proc/.../stat after the command name, which is in parentheses and may hold spaces.
bool readStat(const QString &path, QString *name, double *cpuSeconds)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = f.readAll();
    const qsizetype open = text.indexOf('(');
    const qsizetype close = text.lastIndexOf(')');
    if (open < 0 || close < open)
        return false;
    if (name)
        *name = QString::fromUtf8(text.mid(open + 1, close - open - 1));
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    // After the name: state(0) ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime(11) stime(12)
    if (fields.size() < 13)
        return false;
    *cpuSeconds = (fields[11].toDouble() + fields[12].toDouble()) / ticksPerSecond();
    return true;
}

} // namespace

double processCpuSeconds()
{
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return 0.0;
    const auto seconds = [](const timeval &tv) { return double(tv.tv_sec) + double(tv.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double otherProcessCpuSeconds(qint64 pid)
{
    double seconds = -1.0;
    if (pid <= 0 || !readStat(QStringLiteral("/proc/%1/stat").arg(pid), nullptr, &seconds))
        return -1.0;
    return seconds;
}

double residentMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1.0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1.0;
}

std::map<int, ThreadCpu> threadCpuSeconds()
{
    std::map<int, ThreadCpu> out;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    const int self = int(getpid());
    for (const QString &entry : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        ThreadCpu t;
        if (!readStat(tasks.filePath(entry) + QStringLiteral("/stat"), &t.name, &t.seconds))
            continue;
        const int tid = entry.toInt();
        if (tid == self)
            t.name = QStringLiteral("main");
        out[tid] = t;
    }
    return out;
}

QString describeThreadCpu(const std::map<int, ThreadCpu> &before, const std::map<int, ThreadCpu> &after)
{
    QStringList parts;
    for (const auto &[tid, t] : after) {
        const auto it = before.find(tid);
        const double used = t.seconds - (it != before.end() ? it->second.seconds : 0.0);
        if (used >= 0.05)
            parts << QStringLiteral("%1[%2] %3 s").arg(t.name).arg(tid).arg(used, 0, 'f', 2);
    }
    return parts.join(QStringLiteral(", "));
}

MachineCpu machineCpu()
{
    MachineCpu m;
    QFile stat(QStringLiteral("/proc/stat"));
    if (stat.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> f = stat.readLine().simplified().split(' ');
        // cpu user nice system idle iowait irq softirq steal
        if (f.size() >= 9 && f[0] == "cpu") {
            const double busy = f[1].toDouble() + f[2].toDouble() + f[3].toDouble() + f[6].toDouble()
                              + f[7].toDouble() + f[8].toDouble();
            m.busySeconds = busy / ticksPerSecond();
        }
    }
    QFile pressure(QStringLiteral("/proc/pressure/cpu"));
    if (pressure.open(QIODevice::ReadOnly)) {
        const QByteArray line = pressure.readLine();
        const qsizetype at = line.indexOf("total=");
        if (line.startsWith("some") && at >= 0)
            m.pressureSeconds = line.mid(at + 6).trimmed().toDouble() / 1e6;
    }
    return m;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const double rank = std::ceil(p / 100.0 * double(values.size()));
    const size_t index = size_t(std::clamp(rank, 1.0, double(values.size()))) - 1;
    return values[index];
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

double slope(const std::vector<double> &x, const std::vector<double> &y)
{
    const size_t n = std::min(x.size(), y.size());
    if (n < 2)
        return 0.0;
    double mx = 0.0;
    double my = 0.0;
    for (size_t i = 0; i < n; ++i) {
        mx += x[i];
        my += y[i];
    }
    mx /= double(n);
    my /= double(n);
    double sxy = 0.0;
    double sxx = 0.0;
    for (size_t i = 0; i < n; ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
    }
    return sxx > 0.0 ? sxy / sxx : 0.0;
}

} // namespace fw::bench
