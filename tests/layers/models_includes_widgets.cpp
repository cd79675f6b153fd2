// Must not compile: models see models/ and core/ only.
#include "widgets/fleetview.h"
