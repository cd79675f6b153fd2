// fleetwatch-signin-bench: what a sign-in costs with the chosen Argon2id parameters
// (core/users/passwordhash.h). Prints, for N sign-ins on a temporary store: the hash alone (median,
// min, max), a whole successful sign-in (verify, account update, journal row, commit) and a refused
// one without the deliberate failure delay. Not a test: it prints figures.
//   fleetwatch-signin-bench [N=15]

#include "core/store/database.h"
#include "core/users/accounts.h"
#include "core/users/passwordhash.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

struct Figures
{
    double median, min, max;
};

template<typename F>
Figures timeIt(int n, F &&f)
{
    std::vector<double> ms;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ms.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.front(), ms.back()};
}

void print(const char *what, const Figures &f)
{
    std::printf("%-34s median %7.1f ms   min %7.1f   max %7.1f\n", what, f.median, f.min, f.max);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(3, std::atoi(argv[1])) : 15;
    QTemporaryDir dir;
    auto db = fw::Database::open(dir.filePath(QStringLiteral("bench.sqlite")), nullptr);
    if (!db)
        return 1;
    fw::Accounts accounts(*db, QStringLiteral("bench"));
    accounts.setFailureDelayMs(0);
    const QString pw = QStringLiteral("a-long-enough-password");
    if (!accounts.addUser({}, QStringLiteral("admin"), {}, fw::Role::Administrator, pw, 1).isEmpty())
        return 1;
    std::printf("Argon2id m = %u KiB, t = %u, p = %u; %d runs each\n", fw::PasswordHash::kMemoryKiB,
                fw::PasswordHash::kIterations, fw::PasswordHash::kParallelism, n);
    print("hash a password", timeIt(n, [&] { fw::PasswordHash::hash(pw); }));
    qint64 now = 10;
    print("sign in (right password)", timeIt(n, [&] { accounts.signIn(QStringLiteral("admin"), pw, ++now); }));
    // Under the lock threshold: a wrong one, then a right one to reset the count (only the wrong timed).
    std::vector<double> wrong;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        accounts.signIn(QStringLiteral("admin"), QStringLiteral("wrong-password-x"), ++now);
        wrong.push_back(t.nsecsElapsed() / 1e6);
        accounts.signIn(QStringLiteral("admin"), pw, ++now);
    }
    std::sort(wrong.begin(), wrong.end());
    print("refused (no failure delay)", {wrong[wrong.size() / 2], wrong.front(), wrong.back()});
    return 0;
}
