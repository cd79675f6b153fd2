// Control for the layering probes: core including core compiles (so a probe's failure is the layer rule).
#include "core/alerts/alertcenter.h"
