#include "core/reports/reportcli.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace fw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fw::ReportCommand", text);
}

QString usage()
{
    return tr("usage: fleetwatch report --db FILE --from DATE --to DATE [--format csv|pdf] --out PATH "
              "[--shifts HH:MM,HH:MM,...] [--trend day|week]\n"
              "DATE is YYYY-MM-DD (local time) or RFC 3339; the period is [from, to); --out - writes to "
              "standard output.");
}

int fail(QTextStream &err, int code, const QString &message, bool withUsage = false)
{
    err << "fleetwatch report: " << message << '\n';
    if (withUsage)
        err << usage() << '\n';
    err.flush();
    return code;
}

} // namespace

int reportCommandFailure(QTextStream &err, int code, const QString &message)
{
    return fail(err, code, message);
}

std::optional<ReportRequest> parseReportRequest(const QStringList &args, QTextStream &out, QTextStream &err,
                                                int *exitCode)
{
    int dummy = 0;
    int &code = exitCode ? *exitCode : dummy;
    const auto bad = [&](const QString &message, bool withUsage = false) {
        code = fail(err, ReportBadArguments, message, withUsage);
        return std::optional<ReportRequest>();
    };
    static const QStringList known = {QStringLiteral("db"), QStringLiteral("from"), QStringLiteral("to"),
                                      QStringLiteral("format"), QStringLiteral("out"), QStringLiteral("shifts"),
                                      QStringLiteral("trend")};
    QHash<QString, QString> values;
    qsizetype i = (!args.isEmpty() && args.first() == QLatin1String("report")) ? 1 : 0;
    for (; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            out << usage() << '\n';
            out.flush();
            code = ReportOk;
            return std::nullopt;
        }
        if (!arg.startsWith(QLatin1String("--")))
            return bad(tr("unexpected argument \"%1\".").arg(arg), true);
        QString name = arg.mid(2);
        QString value;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
        } else if (i + 1 < args.size()) {
            value = args[++i];
        } else {
            return bad(tr("--%1 needs a value.").arg(name), true);
        }
        if (!known.contains(name))
            return bad(tr("unknown option --%1.").arg(name), true);
        if (values.contains(name))
            return bad(tr("--%1 is given twice.").arg(name), true);
        if (value.isEmpty())
            return bad(tr("--%1 needs a value.").arg(name), true);
        values.insert(name, value);
    }
    for (const char *required : {"db", "from", "to", "out"}) {
        if (!values.contains(QLatin1String(required)))
            return bad(tr("--%1 is required.").arg(QLatin1String(required)), true);
    }
    ReportRequest request;
    request.format = values.value(QStringLiteral("format"), QStringLiteral("csv")).toLower();
    if (request.format != QLatin1String("csv") && request.format != QLatin1String("pdf"))
        return bad(tr("unknown format \"%1\"; use csv or pdf.").arg(request.format), true);

    ReportOptions &options = request.options;
    QString problem;
    const std::optional<qint64> from = ReportTime::parse(values.value(QStringLiteral("from")), &problem);
    if (!from)
        return bad(tr("--from: ") + problem);
    const std::optional<qint64> to = ReportTime::parse(values.value(QStringLiteral("to")), &problem);
    if (!to)
        return bad(tr("--to: ") + problem);
    options.period = ReportPeriod{*from, *to};   // checked where the report is loaded (reportloader.h)
    if (values.contains(QStringLiteral("shifts"))) {
        const auto shifts = ShiftDefinition::parse(values.value(QStringLiteral("shifts")), &problem);
        if (!shifts)
            return bad(problem);
        options.shifts = *shifts;
    }
    const QString trend = values.value(QStringLiteral("trend"), QStringLiteral("day"));
    if (trend == QLatin1String("week"))
        options.trendBucket = TrendBucket::Week;
    else if (trend != QLatin1String("day"))
        return bad(tr("--trend must be day or week."), true);
    request.dbPath = values.value(QStringLiteral("db"));
    request.outPath = values.value(QStringLiteral("out"));
    code = ReportOk;
    return request;
}

} // namespace fw
