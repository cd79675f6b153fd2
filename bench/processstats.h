#pragma once
// Figures about this process and its children, read from getrusage() and /proc (Linux only), plus
// the small statistics the benchmark prints. Any thread.

#include <QString>

#include <map>
#include <vector>

namespace fw::bench {

// user + system CPU seconds of every thread of this process (not of its children).
double processCpuSeconds();
// user + system CPU seconds of another process (the broker), from /proc/PID/stat; -1 if unreadable.
double otherProcessCpuSeconds(qint64 pid);
// Resident set size (VmRSS) in MiB; -1 if unreadable.
double residentMiB();

// CPU seconds per thread of this process, keyed by thread id, with the thread's name.
struct ThreadCpu
{
    QString name;
    double seconds = 0.0;
};
std::map<int, ThreadCpu> threadCpuSeconds();
// "main 1.23 s, ingest 4.56 s, ..." for the difference between two snapshots. The main thread
// (tid = pid) is called "main"; threads without a name of their own carry the program's name.
QString describeThreadCpu(const std::map<int, ThreadCpu> &before, const std::map<int, ThreadCpu> &after);

// The whole machine: CPU seconds spent by every process (from /proc/stat), and the seconds in which
// some runnable task waited for a CPU (/proc/pressure/cpu, "some"). For telling how much other work
// shared the cores during a measurement.
struct MachineCpu
{
    double busySeconds = 0.0;
    double pressureSeconds = 0.0;
};
MachineCpu machineCpu();

// Percentile p in [0, 100] by nearest rank; 0 for an empty set. Sorts a copy.
double percentile(std::vector<double> values, double p);
double median(std::vector<double> values);
// Least-squares slope dy/dx; 0 for fewer than two points.
double slope(const std::vector<double> &x, const std::vector<double> &y);

} // namespace fw::bench
