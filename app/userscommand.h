#pragma once
// `fleetwatch users add|list|passwd|role|disable|enable`: the local accounts from the command line,
// for administrators (and for making the first administrator before the console's first start).
// Passwords never come from an argument: from the terminal without echo, or one per line on
// standard input (the acting administrator's first, with --as; then the new one). Every change is a
// journal row, like a change made in the console. Exit codes: 0 done, 1 refused or failed (the
// reason on stderr), 2 usage, 3 the store cannot be opened.

namespace fw {

int runUsersCommand(int argc, char *argv[]);

} // namespace fw
