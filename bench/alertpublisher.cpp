#include "bench/alertpublisher.h"

#include "bench/eventwait.h"
#include "bench/processstats.h"
#include "core/common/logging.h"
#include "core/mqtt/mqttsession.h"
#include "core/fleet/payloadencoder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>
#include <time.h>
#include <vector>

namespace fw::bench {
namespace {

constexpr int kSliceMs = 10;
constexpr int kSites = 5;

AlertPublisherSpec parse(int argc, char **argv)
{
    AlertPublisherSpec spec;
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        const char *next = i + 1 < argc ? argv[i + 1] : "";
        if (std::strcmp(arg, "--port") == 0)
            spec.port = std::atoi(next);
        else if (std::strcmp(arg, "--alerts") == 0)
            spec.alerts = std::atoi(next);
        else if (std::strcmp(arg, "--assets") == 0)
            spec.assets = std::max(1, std::atoi(next));
        else if (std::strcmp(arg, "--seconds") == 0)
            spec.seconds = std::atof(next);
        else if (std::strcmp(arg, "--no-active-lists") == 0)
            spec.activeLists = false;
    }
    return spec;
}

AlertMsg alertFor(int i, qint64 seq)
{
    static const char *const signalNames[] = {"T30", "Ps30", "T50", "Nc"};
    AlertMsg m;
    m.id = QStringLiteral("al-%1").arg(i);
    m.event = AlertEventType::Raised;
    m.ts = QDateTime::currentMSecsSinceEpoch();
    m.seq = seq;
    m.priority = Priority(i % 4);
    m.title = QStringLiteral("HPC degradation suspected");
    m.score = 0.80 + double(i % 20) / 100.0;
    m.threshold = 0.80;
    m.model = ModelRef{QStringLiteral("hpc-degradation"), QStringLiteral("3.2.0")};
    Explanation e;
    e.method = QStringLiteral("shap");
    e.summary = QStringLiteral("T30 and Ps30 well above this engine's baseline");
    for (int s = 0; s < 4; ++s)
        e.contributions.push_back({QString::fromLatin1(signalNames[s]), 1500.0 + s + i % 7, 1490.0 + s, 0.4 - 0.1 * s});
    m.explanation = e;
    m.windowFrom = m.ts - 600'000;
    m.windowTo = m.ts;
    return m;
}

void say(const AlertPublisherResult &r)
{
    std::printf("RESULT ok=%d published=%d lists=%d first_ns=%lld last_ns=%lld confirmed_ns=%lld late=%d "
                "alert_bytes=%.0f list_bytes=%.0f cpu=%.3f error=%s\n",
                r.ok ? 1 : 0, r.published, r.lists, r.firstNs, r.lastNs, r.confirmedNs, r.lateSlices,
                r.alertBytes, r.listBytes, r.cpuSeconds, qPrintable(QString(r.error).replace(QLatin1Char(' '), QLatin1Char('_'))));
    std::fflush(stdout);
}

} // namespace

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

QStringList AlertPublisherSpec::toArguments() const
{
    QStringList args{QStringLiteral("--alert-publisher"),
                     QStringLiteral("--port"), QString::number(port),
                     QStringLiteral("--alerts"), QString::number(alerts),
                     QStringLiteral("--assets"), QString::number(assets),
                     QStringLiteral("--seconds"), QString::number(seconds)};
    if (!activeLists)
        args << QStringLiteral("--no-active-lists");
    return args;
}

int runAlertPublisher(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    logging::setup({QString(), spdlog::level::warn, false});
    const AlertPublisherSpec spec = parse(argc, argv);
    AlertPublisherResult result;

    MqttOptions options;
    options.port = spec.port;
    options.clientId = QStringLiteral("alert-bench-fleet");
    options.cleanSession = true;
    MqttSession session(options);
    session.start();
    const QDeadlineTimer connectDeadline(10000);
    while (session.state() != ConnectionState::Connected && !connectDeadline.hasExpired())
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    if (session.state() != ConnectionState::Connected) {
        result.error = QStringLiteral("publisher could not connect");
        say(result);
        return 2;
    }

    std::vector<qint64> seq(size_t(spec.assets), 0);
    std::vector<ActiveAlertsMsg> open(size_t(spec.assets));
    const int slices = std::max(1, int(spec.seconds * 1000.0 / kSliceMs));
    const double perSlice = double(spec.alerts) / double(slices);
    double alertBytes = 0.0;
    double listBytes = 0.0;
    const double cpuStart = processCpuSeconds();
    const auto start = std::chrono::steady_clock::now();
    int next = 0;
    for (int slice = 0; slice < slices + 1 && next < spec.alerts && result.error.isEmpty(); ++slice) {
        const auto due = start + std::chrono::milliseconds(slice * kSliceMs);
        std::this_thread::sleep_until(due);
        if (std::chrono::steady_clock::now() - due > std::chrono::milliseconds(5))
            ++result.lateSlices;
        const int until = std::min(spec.alerts, int(perSlice * double(slice + 1) + 0.5));
        for (; next < until; ++next) {
            const int asset = next % spec.assets;
            const QString base = QStringLiteral("fleet/v1/plant-%1/asset-%2/alerts").arg(asset % kSites).arg(asset, 3, 10, QLatin1Char('0'));
            const AlertMsg alert = alertFor(next, ++seq[size_t(asset)]);
            const QByteArray payload = PayloadEncoder::encode(alert);
            if (result.firstNs == 0)
                result.firstNs = monotonicNs();
            if (session.publish(base, payload, 1, false) <= 0) {
                result.error = QStringLiteral("publish failed at alert %1").arg(next);
                break;
            }
            alertBytes += double(payload.size());
            ++result.published;
            if (!spec.activeLists)
                continue;
            ActiveAlertsMsg &list = open[size_t(asset)];
            list.ts = alert.ts;
            list.seq = alert.seq;
            list.alerts.push_back(alert);
            const QByteArray listPayload = PayloadEncoder::encode(list);
            if (session.publish(base + QStringLiteral("/active"), listPayload, 1, true) <= 0) {
                result.error = QStringLiteral("publish of a list failed at alert %1").arg(next);
                break;
            }
            listBytes += double(listPayload.size());
            ++result.lists;
        }
        result.lastNs = monotonicNs();
    }
    if (!session.waitForPublished(60000) && result.error.isEmpty())
        result.error = QStringLiteral("the broker did not acknowledge everything within 60 s");
    result.confirmedNs = monotonicNs();
    result.cpuSeconds = processCpuSeconds() - cpuStart;
    result.alertBytes = result.published ? alertBytes / result.published : 0.0;
    result.listBytes = result.lists ? listBytes / result.lists : 0.0;
    result.ok = result.error.isEmpty() && result.published == spec.alerts;
    session.stop();
    say(result);
    return result.ok ? 0 : 1;
}

AlertPublisherProcess::~AlertPublisherProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool AlertPublisherProcess::start(const AlertPublisherSpec &spec, QString *error)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QCoreApplication::applicationFilePath(), spec.toArguments());
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("cannot start the publisher: %1").arg(m_process.errorString());
        return false;
    }
    return true;
}

AlertPublisherResult AlertPublisherProcess::wait(int timeoutMs)
{
    AlertPublisherResult r;
    if (!spinUntil([this] { return isFinished(); }, timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(5000);
        r.error = QStringLiteral("the publisher did not finish within %1 s").arg(timeoutMs / 1000);
        return r;
    }
    const QByteArray out = m_process.readAllStandardOutput();
    const qsizetype at = out.lastIndexOf("RESULT ");
    if (at < 0) {
        r.error = QStringLiteral("the publisher printed no result (exit code %1)").arg(m_process.exitCode());
        return r;
    }
    const QByteArray line = out.mid(at + 7, out.indexOf('\n', at) - at - 7);
    for (const QByteArray &field : line.split(' ')) {
        const qsizetype eq = field.indexOf('=');
        const QByteArray key = field.left(eq);
        const QByteArray value = field.mid(eq + 1);
        if (key == "ok") r.ok = value == "1";
        else if (key == "published") r.published = value.toInt();
        else if (key == "lists") r.lists = value.toInt();
        else if (key == "first_ns") r.firstNs = value.toLongLong();
        else if (key == "last_ns") r.lastNs = value.toLongLong();
        else if (key == "confirmed_ns") r.confirmedNs = value.toLongLong();
        else if (key == "late") r.lateSlices = value.toInt();
        else if (key == "alert_bytes") r.alertBytes = value.toDouble();
        else if (key == "list_bytes") r.listBytes = value.toDouble();
        else if (key == "cpu") r.cpuSeconds = value.toDouble();
        else if (key == "error") r.error = QString::fromUtf8(value).replace(QLatin1Char('_'), QLatin1Char(' '));
    }
    return r;
}

} // namespace fw::bench
