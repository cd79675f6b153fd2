// Must not compile: reports see reports/ and core/ only (widgets link reports, not the other way).
#include "widgets/reportswindow.h"
