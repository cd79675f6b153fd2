#include "tools/fleet-sim/cmapssreader.h"

#include <QFile>

#include <charconv>
#include <cstring>
#include <cmath>

namespace fw::sim {
namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

// Splits one line into numbers; false at the first token that is not a finite number.
bool parseNumbers(const char *begin, const char *end, std::vector<double> &out, QString *bad)
{
    out.clear();
    const char *p = begin;
    while (p < end) {
        while (p < end && isSpace(*p))
            ++p;
        if (p == end)
            break;
        const char *tokenEnd = p;
        while (tokenEnd < end && !isSpace(*tokenEnd))
            ++tokenEnd;
        double value = 0.0;
        const auto [ptr, ec] = std::from_chars(p, tokenEnd, value);
        if (ec != std::errc() || ptr != tokenEnd || !std::isfinite(value)) {
            *bad = QString::fromUtf8(p, std::min<qsizetype>(tokenEnd - p, 40));
            return false;
        }
        out.push_back(value);
        p = tokenEnd;
    }
    return true;
}

} // namespace

std::optional<std::vector<EngineRun>> CmapssReader::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot open: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return parse(file.readAll(), path, error);
}

std::optional<std::vector<EngineRun>> CmapssReader::parse(const QByteArray &text, const QString &source,
                                                          QString *error)
{
    std::vector<EngineRun> engines;
    std::vector<double> numbers;
    numbers.reserve(kColumnCount);
    const char *data = text.constData();
    const char *const end = data + text.size();
    int lineNo = 0;
    auto fail = [&](const QString &reason) {
        *error = QStringLiteral("%1:%2: %3").arg(source).arg(lineNo).arg(reason);
        return std::nullopt;
    };
    while (data < end) {
        const char *lineEnd = static_cast<const char *>(memchr(data, '\n', size_t(end - data)));
        if (!lineEnd)
            lineEnd = end;
        ++lineNo;
        QString bad;
        if (!parseNumbers(data, lineEnd, numbers, &bad))
            return fail(QStringLiteral("\"%1\" is not a number").arg(bad));
        data = lineEnd + 1;
        if (numbers.empty())
            continue;   // blank line
        if (numbers.size() != size_t(kColumnCount))
            return fail(QStringLiteral("expected %1 numbers, found %2").arg(kColumnCount).arg(numbers.size()));
        const int unit = int(numbers[0]);
        const int cycle = int(numbers[1]);
        if (unit != numbers[0] || cycle != numbers[1] || unit < 1)
            return fail(QStringLiteral("unit and cycle must be positive integers"));
        if (engines.empty() || engines.back().unit != unit) {
            for (const EngineRun &e : engines) {
                if (e.unit == unit)
                    return fail(QStringLiteral("unit %1 appears again after other units").arg(unit));
            }
            engines.push_back({unit, {}});
        }
        EngineRun &engine = engines.back();
        const int expected = int(engine.cycles.size()) + 1;
        if (cycle != expected)
            return fail(QStringLiteral("unit %1: expected cycle %2, found %3").arg(unit).arg(expected).arg(cycle));
        CycleRow row;
        row.cycle = cycle;
        for (int i = 0; i < kSettingCount; ++i)
            row.settings[size_t(i)] = numbers[size_t(2 + i)];
        for (int i = 0; i < kSensorCount; ++i)
            row.sensors[size_t(i)] = numbers[size_t(2 + kSettingCount + i)];
        engine.cycles.push_back(row);
    }
    if (engines.empty()) {
        *error = QStringLiteral("%1: no data rows").arg(source);
        return std::nullopt;
    }
    return engines;
}

std::optional<std::vector<int>> CmapssReader::readRulFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot open: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    std::vector<int> values;
    int lineNo = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        bool ok = false;
        const int v = line.toInt(&ok);
        if (!ok || v < 0) {
            *error = QStringLiteral("%1:%2: expected a non-negative integer").arg(path).arg(lineNo);
            return std::nullopt;
        }
        values.push_back(v);
    }
    return values;
}

} // namespace fw::sim
