// Control for the reports probes: reports including reports and core compiles (so a reports probe's
// failure is the layer rule).
#include "core/reports/reportloader.h"
#include "reports/reportpdfwriter.h"
