#pragma once
// Where the C-MAPSS files are when --data is not given.

#include <QString>
#include <QStringList>

namespace fw::sim {

// Candidate directories, most specific first: $FLEETSIM_DATA_DIR, next to the executable
// (../share/fleetwatch/cmapss, then data/cmapss in the parent directories of a build tree), the
// installed data directory (<prefix>/share/fleetwatch/cmapss, /usr/share/fleetwatch/cmapss in the
// Debian package), and the source tree's data/cmapss, both compiled in at build time.
QStringList dataDirCandidates();

// The first candidate that holds train_FD001.txt, else the compiled-in source directory (so that the
// error names a sensible path).
QString defaultDataDir();

} // namespace fw::sim
