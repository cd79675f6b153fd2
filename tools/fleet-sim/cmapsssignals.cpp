#include "tools/fleet-sim/cmapsssignals.h"

namespace fw::sim {

const std::array<CmapssSignal, kSettingCount + kSensorCount> &cmapssSignals()
{
    static const std::array<CmapssSignal, kSettingCount + kSensorCount> signalTable{{
        {"alt", "kft", "Operating setting 1: altitude"},
        {"mach", "", "Operating setting 2: Mach number"},
        {"tra", "", "Operating setting 3: throttle resolver angle"},
        {"T2", "degR", "Total temperature at fan inlet"},
        {"T24", "degR", "Total temperature at LPC outlet"},
        {"T30", "degR", "Total temperature at HPC outlet"},
        {"T50", "degR", "Total temperature at LPT outlet"},
        {"P2", "psia", "Pressure at fan inlet"},
        {"P15", "psia", "Total pressure in bypass duct"},
        {"P30", "psia", "Total pressure at HPC outlet"},
        {"Nf", "rpm", "Physical fan speed"},
        {"Nc", "rpm", "Physical core speed"},
        {"epr", "", "Engine pressure ratio (P50/P2)"},
        {"Ps30", "psia", "Static pressure at HPC outlet"},
        {"phi", "pps/psi", "Ratio of fuel flow to Ps30"},
        {"NRf", "rpm", "Corrected fan speed"},
        {"NRc", "rpm", "Corrected core speed"},
        {"BPR", "", "Bypass ratio"},
        {"farB", "", "Burner fuel-air ratio"},
        {"htBleed", "", "Bleed enthalpy"},
        {"Nf_dmd", "rpm", "Demanded fan speed"},
        {"PCNfR_dmd", "rpm", "Demanded corrected fan speed"},
        {"W31", "lbm/s", "HPT coolant bleed"},
        {"W32", "lbm/s", "LPT coolant bleed"},
    }};
    return signalTable;
}

const std::vector<int> &informativeSensors()
{
    static const std::vector<int> sensors{1, 2, 3, 6, 7, 8, 10, 11, 12, 13, 14, 16, 19, 20};
    return sensors;
}

const char *sensorName(int sensorIndex)
{
    return cmapssSignals().at(size_t(kSettingCount + sensorIndex)).name;
}

std::vector<SignalInfo> cmapssSignalInfos()
{
    std::vector<SignalInfo> infos;
    infos.reserve(cmapssSignals().size());
    for (const CmapssSignal &s : cmapssSignals())
        infos.push_back({QString::fromLatin1(s.name), QString::fromLatin1(s.unit), QString::fromLatin1(s.label)});
    return infos;
}

} // namespace fw::sim
