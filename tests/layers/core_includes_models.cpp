// Must not compile: core sees only core/ (cmake/FleetwatchLayers.cmake).
#include "models/alertqueuemodel.h"
