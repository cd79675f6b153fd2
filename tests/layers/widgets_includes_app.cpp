// Must not compile: widgets see widgets/, models/ and core/ only.
#include "app/mainwindow.h"
