#include "reports/auditcommand.h"

#include "core/audit/journalchain.h"
#include "core/audit/journalcsv.h"
#include "core/common/logging.h"
#include "core/common/uilanguage.h"
#include "core/fleet/rfc3339.h"
#include "core/reports/reportperiod.h"
#include "core/store/database.h"
#include "core/store/sqlstatement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <optional>

namespace fw {

namespace {

// The first schema version with a journal.
constexpr int kJournalSchema = 5;

QString tr(const char *text)
{
    return QCoreApplication::translate("fw::AuditCommand", text);
}

QString usage()
{
    return tr("usage: fleetwatch audit verify --db FILE\n"
              "       fleetwatch audit export --db FILE --from DATE --to DATE [--format csv] [--output FILE]\n"
              "verify checks the journal's hash chain and names the first changed, removed or reordered row.\n"
              "export writes the journal rows of the period [from, to) as CSV to FILE, or to standard output "
              "(no --output, or -).\n"
              "DATE is YYYY-MM-DD (local time) or RFC 3339. The store is only read.\n"
              "Exit codes: 0 done (verify: the journal is intact), 1 bad arguments, 2 no store at --db, "
              "3 not a Fleetwatch store, 4 the journal is broken, 5 the store has no journal (older than "
              "schema version 5), 6 the output cannot be written, 7 the store cannot be opened or read.");
}

class Command
{
public:
    Command(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    int run(const QStringList &args);

private:
    int fail(int code, const QString &message, bool withUsage = false)
    {
        m_err << "fleetwatch audit: " << message << '\n';
        if (withUsage)
            m_err << usage() << '\n';
        m_err.flush();
        return code;
    }
    int verify();
    int exportCsv();
    std::optional<int> parseOptions(const QStringList &args, const QStringList &known);
    int open();

    QTextStream &m_out;
    QTextStream &m_err;
    QHash<QString, QString> m_values;
    std::unique_ptr<Database> m_db;
};

std::optional<int> Command::parseOptions(const QStringList &args, const QStringList &known)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            m_out << usage() << '\n';
            m_out.flush();
            return AuditOk;
        }
        if (!arg.startsWith(QLatin1String("--")))
            return fail(AuditBadArguments, tr("unexpected argument \"%1\".").arg(arg), true);
        QString name = arg.mid(2);
        QString value;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
        } else if (i + 1 < args.size()) {
            value = args[++i];
        }
        if (!known.contains(name))
            return fail(AuditBadArguments, tr("unknown option --%1.").arg(name), true);
        if (value.isEmpty())
            return fail(AuditBadArguments, tr("--%1 needs a value.").arg(name), true);
        if (m_values.contains(name))
            return fail(AuditBadArguments, tr("--%1 is given twice.").arg(name), true);
        m_values.insert(name, value);
    }
    if (!m_values.contains(QStringLiteral("db")))
        return fail(AuditBadArguments, tr("--db is required."), true);
    return std::nullopt;
}

int Command::open()
{
    const QString path = m_values.value(QStringLiteral("db"));
    const QFileInfo info(path);
    if (!info.exists() || info.isDir() || info.size() == 0)
        return fail(AuditNoStore, info.isDir() ? tr("%1 is a folder, not a Fleetwatch store.").arg(path)
                                               : tr("no Fleetwatch store at %1; give the path of an existing store.").arg(path));
    OpenReport opened;
    m_db = Database::openReadOnly(path, &opened);
    if (!m_db) {
        if (opened.outcome == OpenReport::Outcome::NotAStore)
            return fail(AuditNotAStore, tr("%1 is not a Fleetwatch store: %2; it was left untouched.").arg(path, opened.error));
        return fail(AuditReadError, tr("the store %1 could not be opened: %2")
                                        .arg(path, opened.error.isEmpty() ? opened.message : opened.error));
    }
    if (opened.fromVersion < kJournalSchema)
        return fail(AuditNoJournal, tr("the store %1 has no journal: it has schema version %2, and the journal came with "
                                       "version %3. Opening it once with this console adds one (empty: what was done "
                                       "before was not recorded).")
                                        .arg(path)
                                        .arg(opened.fromVersion)
                                        .arg(kJournalSchema));
    return AuditOk;
}

int Command::verify()
{
    if (const int code = open(); code != AuditOk)
        return code;
    QElapsedTimer timer;
    timer.start();
    const JournalChain::Verdict v = JournalChain::verify(*m_db, [this](qint64 rows) {
        m_err << "fleetwatch audit: " << tr("%1 rows checked…").arg(rows) << '\n';
        m_err.flush();
    });
    const QString seconds = QString::number(timer.elapsed() / 1000.0, 'f', 3);
    if (v.intact) {
        m_out << tr("The journal is intact: %1 rows checked in %2 s.").arg(v.rows).arg(seconds) << '\n'
              << tr("Head: row %1, hash %2").arg(v.headId).arg(v.rows > 0 ? v.headHash : tr("(none: the journal is empty)"))
              << '\n';
        m_out.flush();
        return AuditOk;
    }
    if (v.firstBadId == 0)
        return fail(AuditReadError, v.problem);
    // What the bad row says now (it may be what was changed).
    QString row = tr("row %1").arg(v.firstBadId);
    SqlStatement select(m_db->handle(), "SELECT at, what, user, subject FROM journal WHERE id = ?1");
    select.bind(1, v.firstBadId);
    if (select.next())
        row = tr("row %1 (%2, %3 by %4, %5)")
                  .arg(v.firstBadId)
                  .arg(formatRfc3339(select.int64(0)), select.text(1),
                       select.text(2).isEmpty() ? tr("nobody") : select.text(2),
                       select.text(3).isEmpty() ? tr("no subject") : select.text(3));
    return fail(AuditBroken, tr("the journal is NOT intact. The first bad row is %1: %2 The %3 rows before it are "
                                "intact.")
                                 .arg(row, v.problem)
                                 .arg(v.rows));
}

int Command::exportCsv()
{
    const QString format = m_values.value(QStringLiteral("format"), QStringLiteral("csv")).toLower();
    if (format != QLatin1String("csv"))
        return fail(AuditBadArguments, tr("unknown format \"%1\"; use csv.").arg(format), true);
    for (const char *required : {"from", "to"}) {
        if (!m_values.contains(QLatin1String(required)))
            return fail(AuditBadArguments, tr("--%1 is required.").arg(QLatin1String(required)), true);
    }
    QString problem;
    const std::optional<qint64> from = ReportTime::parse(m_values.value(QStringLiteral("from")), &problem);
    if (!from)
        return fail(AuditBadArguments, tr("--from: ") + problem);
    const std::optional<qint64> to = ReportTime::parse(m_values.value(QStringLiteral("to")), &problem);
    if (!to)
        return fail(AuditBadArguments, tr("--to: ") + problem);
    if (*to <= *from)
        return fail(AuditBadArguments, tr("the period is empty: --to must be after --from."));
    if (const int code = open(); code != AuditOk)
        return code;

    const QString output = m_values.value(QStringLiteral("output"), QStringLiteral("-"));
    qint64 rows = 0;
    QString error;
    if (output == QLatin1String("-")) {
        m_out.flush();
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly) || !writeJournalCsv(*m_db, *from, *to, stdOut, &rows, &error)
            || !stdOut.flush())
            return fail(error.isEmpty() ? AuditWriteError : AuditReadError,
                        error.isEmpty() ? tr("cannot write to standard output.") : error);
        return AuditOk;
    }
    QSaveFile file(output);   // all or nothing: no half-written export left behind
    if (!file.open(QIODevice::WriteOnly))
        return fail(AuditWriteError, tr("cannot write %1: %2").arg(output, file.errorString()));
    if (!writeJournalCsv(*m_db, *from, *to, file, &rows, &error)) {
        file.cancelWriting();
        return fail(file.error() != QFileDevice::NoError ? AuditWriteError : AuditReadError, error);
    }
    if (!file.commit())
        return fail(AuditWriteError, tr("cannot write %1: %2").arg(output, file.errorString()));
    m_err << "fleetwatch audit: " << tr("%1 journal rows written to %2.").arg(rows).arg(output) << '\n';
    return AuditOk;
}

int Command::run(const QStringList &args)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        if (args.isEmpty())
            return fail(AuditBadArguments, tr("say what to do: verify or export."), true);
        m_out << usage() << '\n';
        return AuditOk;
    }
    const QString command = args.first();
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("verify")) {
        if (const std::optional<int> done = parseOptions(rest, {QStringLiteral("db")}))
            return *done;
        return verify();
    }
    if (command == QLatin1String("export")) {
        if (const std::optional<int> done = parseOptions(rest, {QStringLiteral("db"), QStringLiteral("from"),
                                                                 QStringLiteral("to"), QStringLiteral("format"),
                                                                 QStringLiteral("output")}))
            return *done;
        return exportCsv();
    }
    return fail(AuditBadArguments, tr("unknown command \"%1\"; use verify or export.").arg(command), true);
}

} // namespace

int runAuditCommand(int argc, char **argv)
{
    logging::setup(logging::Options{{}, spdlog::level::warn, true});
    QCoreApplication app(argc, argv);
    UiLanguage::install();
    QStringList args;
    for (int i = 2; i < argc; ++i)   // after "fleetwatch audit"
        args.append(QString::fromLocal8Bit(argv[i]));
    QTextStream out(stdout);
    QTextStream err(stderr);
    Command command(out, err);
    const int code = command.run(args);
    out.flush();
    err.flush();
    return code;
}

} // namespace fw
