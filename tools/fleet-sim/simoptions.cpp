#include "tools/fleet-sim/simoptions.h"

#include "core/mqtt/mqttoptions.h"

#include <QCommandLineParser>

#include <cmath>

namespace fw::sim {
namespace {

bool toInt(const QString &text, int min, int max, int *out)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < min || v > max)
        return false;
    *out = v;
    return true;
}

bool toDouble(const QString &text, double min, double *out)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < min)
        return false;
    *out = v;
    return true;
}

} // namespace

SimOptions::Parse SimOptions::parse(const QStringList &arguments, SimOptions *o, QString *message)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Replays NASA C-MAPSS turbofan engines as a predictive-maintenance fleet over MQTT "
        "(fleet interface v1), or publishes synthetic telemetry for load tests."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption broker(QStringLiteral("broker"), QStringLiteral("Broker URL (default %1).").arg(o->brokerUrl), QStringLiteral("url"));
    const QCommandLineOption root(QStringLiteral("root"), QStringLiteral("Topic root (default %1).").arg(o->root), QStringLiteral("root"));
    const QCommandLineOption clientId(QStringLiteral("client-id"), QStringLiteral("MQTT client id prefix; one session per site, \"<id>-<site>\" (default %1).").arg(o->clientId), QStringLiteral("id"));
    const QCommandLineOption sites(QStringLiteral("sites"), QStringLiteral("Number of sites: plant-a, plant-b, ... (default 1)."), QStringLiteral("n"));
    const QCommandLineOption duration(QStringLiteral("duration"), QStringLiteral("Stop after this many seconds (default: until SIGINT/SIGTERM)."), QStringLiteral("seconds"));
    const QCommandLineOption stats(QStringLiteral("stats-json"), QStringLiteral("Write statistics as JSON to this file at exit."), QStringLiteral("file"));
    const QCommandLineOption logLevel(QStringLiteral("log-level"), QStringLiteral("trace, debug, info, warn, error (default info)."), QStringLiteral("level"));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Directory with train_FD001.txt (default: the project's data/cmapss)."), QStringLiteral("dir"));
    const QCommandLineOption speed(QStringLiteral("speed"), QStringLiteral("Engine cycles per second (default 2)."), QStringLiteral("cycles"));
    const QCommandLineOption engines(QStringLiteral("engines"), QStringLiteral("Replay only the first N engines (default all)."), QStringLiteral("n"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the staggered start cycles (default 1)."), QStringLiteral("n"));
    const QCommandLineOption retrainAfter(QStringLiteral("retrain-after"), QStringLiteral("Retrain the model after this many labels for the version in service; 0 never (default %1).").arg(o->retrainAfter), QStringLiteral("n"));
    const QCommandLineOption evaluate(QStringLiteral("evaluate"), QStringLiteral("Print the model's alert figures on the data set and exit (no broker)."));
    const QCommandLineOption synthetic(QStringLiteral("synthetic"), QStringLiteral("Synthetic telemetry load instead of the replay."));
    const QCommandLineOption assets(QStringLiteral("assets"), QStringLiteral("Synthetic: number of assets (default 100)."), QStringLiteral("n"));
    const QCommandLineOption signalCount(QStringLiteral("signals"), QStringLiteral("Synthetic: signals per message, 1-256 (default 8)."), QStringLiteral("n"));
    const QCommandLineOption rate(QStringLiteral("rate"), QStringLiteral("Synthetic: messages per second (default 1000)."), QStringLiteral("n"));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Synthetic: stop after this many messages."), QStringLiteral("n"));
    const QCommandLineOption qos(QStringLiteral("qos"), QStringLiteral("Synthetic: QoS of the telemetry, 0 or 1 (default 0)."), QStringLiteral("n"));
    const QCommandLineOption noMeta(QStringLiteral("no-meta"), QStringLiteral("Synthetic: do not publish the retained meta."));
    p.addOptions({help, broker, root, clientId, sites, duration, stats, logLevel, data, speed, engines, seed,
                  retrainAfter, evaluate, synthetic, assets, signalCount, rate, count, qos, noMeta});

    if (!p.parse(arguments)) {
        *message = p.errorText();
        return Parse::Error;
    }
    if (p.isSet(help)) {
        *message = p.helpText();
        return Parse::Help;
    }
    if (!p.positionalArguments().isEmpty()) {
        *message = QStringLiteral("unexpected argument: %1").arg(p.positionalArguments().first());
        return Parse::Error;
    }
    auto bad = [&](const QCommandLineOption &opt, const QString &what) {
        *message = QStringLiteral("--%1: %2, got \"%3\"").arg(opt.names().constLast(), what, p.value(opt));
        return Parse::Error;
    };
    if (p.isSet(broker)) {
        o->brokerUrl = p.value(broker);
        MqttOptions check;
        QString why;
        if (!check.setBrokerUrl(o->brokerUrl, &why)) {
            *message = QStringLiteral("--broker: %1").arg(why);
            return Parse::Error;
        }
    }
    if (p.isSet(root)) {
        o->root = p.value(root);
        if (o->root.isEmpty() || o->root.contains(QLatin1Char('+')) || o->root.contains(QLatin1Char('#')) || o->root.endsWith(QLatin1Char('/')))
            return bad(root, QStringLiteral("expected a topic prefix without wildcards or a trailing /"));
    }
    if (p.isSet(clientId)) {
        o->clientId = p.value(clientId);
        if (o->clientId.isEmpty())
            return bad(clientId, QStringLiteral("expected a non-empty id"));
    }
    if (p.isSet(sites) && !toInt(p.value(sites), 1, 1000, &o->sites))
        return bad(sites, QStringLiteral("expected 1 to 1000"));
    if (p.isSet(duration) && !toDouble(p.value(duration), 0.0, &o->durationSeconds))
        return bad(duration, QStringLiteral("expected seconds >= 0"));
    o->statsJson = p.value(stats);
    if (p.isSet(logLevel)) {
        o->logLevel = p.value(logLevel);
        static const QStringList levels{QStringLiteral("trace"), QStringLiteral("debug"), QStringLiteral("info"),
                                        QStringLiteral("warn"), QStringLiteral("error")};
        if (!levels.contains(o->logLevel))
            return bad(logLevel, QStringLiteral("expected one of %1").arg(levels.join(QStringLiteral(", "))));
    }
    o->dataDir = p.value(data);
    if (p.isSet(speed) && (!toDouble(p.value(speed), 0.0, &o->speed) || o->speed <= 0.0 || o->speed > 10000.0))
        return bad(speed, QStringLiteral("expected cycles per second, more than 0 and at most 10000"));
    if (p.isSet(engines) && !toInt(p.value(engines), 1, 1000000, &o->engines))
        return bad(engines, QStringLiteral("expected a positive number"));
    if (p.isSet(seed)) {
        bool ok = false;
        o->seed = p.value(seed).toUInt(&ok);
        if (!ok)
            return bad(seed, QStringLiteral("expected a non-negative integer"));
    }
    if (p.isSet(retrainAfter) && !toInt(p.value(retrainAfter), 0, 1000000, &o->retrainAfter))
        return bad(retrainAfter, QStringLiteral("expected 0 (never) to 1000000 labels"));
    o->evaluate = p.isSet(evaluate);
    o->synthetic = p.isSet(synthetic);
    if (p.isSet(assets) && !toInt(p.value(assets), 1, 10000000, &o->assets))
        return bad(assets, QStringLiteral("expected a positive number"));
    if (p.isSet(signalCount) && !toInt(p.value(signalCount), 1, 256, &o->signalCount))
        return bad(signalCount, QStringLiteral("expected 1 to 256"));
    if (p.isSet(rate) && (!toDouble(p.value(rate), 0.0, &o->rate) || o->rate <= 0.0))
        return bad(rate, QStringLiteral("expected messages per second, more than 0"));
    if (p.isSet(count)) {
        bool ok = false;
        o->count = p.value(count).toLongLong(&ok);
        if (!ok || o->count < 1)
            return bad(count, QStringLiteral("expected a positive number"));
    }
    if (p.isSet(qos) && !toInt(p.value(qos), 0, 1, &o->qos))
        return bad(qos, QStringLiteral("expected 0 or 1"));
    o->meta = !p.isSet(noMeta);
    const bool syntheticOnly = p.isSet(assets) || p.isSet(signalCount) || p.isSet(rate) || p.isSet(count)
                               || p.isSet(qos) || p.isSet(noMeta);
    if (syntheticOnly && !o->synthetic) {
        *message = QStringLiteral("--assets, --signals, --rate, --count, --qos and --no-meta need --synthetic");
        return Parse::Error;
    }
    if (o->synthetic && p.isSet(retrainAfter)) {
        *message = QStringLiteral("--retrain-after retrains the replay's model; it does not go with --synthetic");
        return Parse::Error;
    }
    if (o->synthetic && o->evaluate) {
        *message = QStringLiteral("--evaluate replays the data set; it does not go with --synthetic");
        return Parse::Error;
    }
    if (!o->clientId.isEmpty() && o->clientId.size() > 40) {
        *message = QStringLiteral("--client-id: at most 40 characters (the site id is appended)");
        return Parse::Error;
    }
    return Parse::Run;
}

} // namespace fw::sim
