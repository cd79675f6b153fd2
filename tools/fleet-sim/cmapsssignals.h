#pragma once
// The C-MAPSS signal catalogue: names, units and labels of the 3 operating settings and 21 sensors
// (Saxena et al., PHM08, table 2), in file column order after `unit cycle`.

#include "core/fleet/fleetmessages.h"

#include <array>
#include <vector>

namespace fw::sim {

inline constexpr int kSettingCount = 3;
inline constexpr int kSensorCount = 21;
inline constexpr int kColumnCount = 2 + kSettingCount + kSensorCount;   // unit, cycle, op1..3, s1..21

struct CmapssSignal
{
    const char *name;      // telemetry value name, e.g. "T30"
    const char *unit;      // empty when dimensionless
    const char *label;
};

// op1..op3 then s1..s21: 24 entries, index = column - 2.
const std::array<CmapssSignal, kSettingCount + kSensorCount> &cmapssSignals();

// Sensor indices (0-based, s1 = 0) that vary in FD001: s2 s3 s4 s7 s8 s9 s11 s12 s13 s14 s15 s17 s20 s21.
const std::vector<int> &informativeSensors();

// Name of sensor s(index+1), e.g. sensorName(2) == "T30".
const char *sensorName(int sensorIndex);

// All 24 signals as meta entries.
std::vector<SignalInfo> cmapssSignalInfos();

} // namespace fw::sim
