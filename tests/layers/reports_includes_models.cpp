// Must not compile: reports see reports/ and core/ only (reports and models are side by side).
#include "models/alertqueuemodel.h"
