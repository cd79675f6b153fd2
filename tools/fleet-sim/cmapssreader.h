#pragma once
// CmapssReader: reads a C-MAPSS trajectory file (train_FD00x.txt: rows `unit cycle op1 op2 op3
// s1..s21`, space separated) into one EngineRun per unit. Rows of a unit must be consecutive with
// cycles 1, 2, 3, ...; anything else is an error naming the file and line.

#include "tools/fleet-sim/cmapsssignals.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace fw::sim {

struct CycleRow
{
    int cycle = 0;
    std::array<double, kSettingCount> settings{};
    std::array<double, kSensorCount> sensors{};   // s1..s21
};

struct EngineRun
{
    int unit = 0;
    std::vector<CycleRow> cycles;   // cycles[i].cycle == i + 1; the last one is the failure
};

class CmapssReader
{
public:
    // nullopt and *error set (one line: "FILE: reason" or "FILE:LINE: reason") on failure.
    static std::optional<std::vector<EngineRun>> readFile(const QString &path, QString *error);
    // The same for text already in memory; `source` names it in errors.
    static std::optional<std::vector<EngineRun>> parse(const QByteArray &text, const QString &source,
                                                       QString *error);
    // RUL_FD00x.txt: one non-negative integer per line, the true remaining cycles of each test engine
    // after its last row.
    static std::optional<std::vector<int>> readRulFile(const QString &path, QString *error);
};

} // namespace fw::sim
