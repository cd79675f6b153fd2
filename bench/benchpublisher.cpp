#include "bench/benchpublisher.h"

#include "bench/eventwait.h"
#include "bench/telemetrytemplates.h"

#include <QCoreApplication>
#include <QDateTime>

#include <mosquitto.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>
#include <unistd.h>

namespace fw::bench {
namespace {

using Clock = std::chrono::steady_clock;

struct Link
{
    bool connected = false;
    int connectRc = -1;
    int syncMid = -1;
    bool syncAcked = false;
    long long written = 0;   // QoS 0 messages that left the socket (libmosquitto reports them too)
};

void onConnect(mosquitto *, void *obj, int rc)
{
    auto *link = static_cast<Link *>(obj);
    link->connectRc = rc;
    link->connected = rc == 0;
}

void onPublish(mosquitto *, void *obj, int mid)
{
    auto *link = static_cast<Link *>(obj);
    // Message ids wrap at 65535 and QoS 0 messages get them too: the sync id only counts once every
    // QoS 0 message has been written (it is published after that).
    if (link->syncMid >= 0 && mid == link->syncMid)
        link->syncAcked = true;
    else
        ++link->written;
}

int fail(const char *what, int rc = MOSQ_ERR_SUCCESS)
{
    std::fprintf(stderr, "publisher: %s%s%s\n", what, rc ? ": " : "", rc ? mosquitto_strerror(rc) : "");
    return 2;
}

double ownCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
         + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Writes what libmosquitto has queued, until done or the deadline; false on a network error.
bool flush(mosquitto *m, Clock::time_point deadline)
{
    while (mosquitto_want_write(m) && Clock::now() < deadline) {
        const int rc = mosquitto_loop(m, 5, 1);
        if (rc != MOSQ_ERR_SUCCESS)
            return false;
    }
    return true;
}

PublisherSpec parse(int argc, char **argv)
{
    PublisherSpec spec;
    for (int i = 1; i + 1 < argc; ++i) {
        const std::string key = argv[i];
        const char *value = argv[i + 1];
        if (key == "--mode")
            spec.mode = std::strcmp(value, "paced") == 0 ? PublisherSpec::Mode::Paced : PublisherSpec::Mode::Burst;
        else if (key == "--port")
            spec.port = std::atoi(value);
        else if (key == "--assets")
            spec.assets = std::max(1, std::atoi(value));
        else if (key == "--messages")
            spec.messages = std::atoll(value);
        else if (key == "--rate")
            spec.rate = std::atof(value);
        else if (key == "--seconds")
            spec.seconds = std::atof(value);
        else if (key == "--seq-start")
            spec.seqStart = std::atoll(value);
        else
            continue;
        ++i;
    }
    return spec;
}

} // namespace

QStringList PublisherSpec::toArguments() const
{
    return {QStringLiteral("--publisher"),
            QStringLiteral("--mode"), mode == Mode::Paced ? QStringLiteral("paced") : QStringLiteral("burst"),
            QStringLiteral("--port"), QString::number(port),
            QStringLiteral("--assets"), QString::number(assets),
            QStringLiteral("--messages"), QString::number(messages),
            QStringLiteral("--rate"), QString::number(rate),
            QStringLiteral("--seconds"), QString::number(seconds),
            QStringLiteral("--seq-start"), QString::number(seqStart)};
}

int runPublisher(int argc, char **argv)
{
    const PublisherSpec spec = parse(argc, argv);
    const bool paced = spec.mode == PublisherSpec::Mode::Paced;
    const long long total = paced ? (long long)(spec.rate * spec.seconds) : spec.messages;
    if (spec.port <= 0 || total < 0 || (paced && spec.rate <= 0))
        return fail("bad arguments");

    TelemetryTemplates templates(spec.assets);
    mosquitto_lib_init();
    Link link;
    const std::string id = "bench-publisher-" + std::to_string(getpid());
    mosquitto *m = mosquitto_new(id.c_str(), true, &link);
    if (!m)
        return fail("mosquitto_new failed");
    mosquitto_connect_callback_set(m, onConnect);
    mosquitto_publish_callback_set(m, onPublish);
    if (const int rc = mosquitto_connect(m, "127.0.0.1", spec.port, 60))
        return fail("connect", rc);
    const auto connectDeadline = Clock::now() + std::chrono::seconds(10);
    while (!link.connected && link.connectRc <= 0 && Clock::now() < connectDeadline)
        mosquitto_loop(m, 50, 1);
    if (!link.connected)
        return fail("no CONNACK within 10 s");

    // Bounded: a burst of 1 M messages takes seconds; a broker that stops reading ends it here.
    const auto hardDeadline = Clock::now() + std::chrono::seconds(paced ? int(spec.seconds) + 300 : 900);
    std::string payload;
    payload.reserve(512);
    long long sent = 0;
    long long lateSlices = 0;
    const auto started = Clock::now();
    const auto slice = std::chrono::milliseconds(10);
    long long sliceIndex = 0;
    qint64 stampedMs = -1;
    while (sent < total) {
        long long target = total;
        if (paced) {
            const auto sliceStart = started + sliceIndex * slice;
            if (Clock::now() - sliceStart > std::chrono::milliseconds(5))
                ++lateSlices;
            target = std::min(total, (long long)(spec.rate * 0.010 * double(sliceIndex + 1) + 0.5));
        } else {
            target = std::min(total, sent + 1000);
        }
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        if (nowMs != stampedMs) {
            templates.setTime(nowMs);
            stampedMs = nowMs;
        }
        for (; sent < target; ++sent) {
            const int asset = int(sent % spec.assets);
            templates.write(payload, asset, spec.seqStart + sent / spec.assets);
            const int rc = mosquitto_publish(m, nullptr, templates.topic(asset).c_str(), int(payload.size()),
                                             payload.data(), 0, false);
            if (rc != MOSQ_ERR_SUCCESS)
                return fail("publish", rc);
        }
        if (paced) {
            ++sliceIndex;
            const auto next = started + sliceIndex * slice;
            if (!flush(m, next))
                return fail("connection lost while publishing");
            mosquitto_loop(m, 0, 1);   // keepalive and anything the broker sent
            std::this_thread::sleep_until(next);
        } else if (!flush(m, hardDeadline)) {
            return fail("connection lost while publishing");
        }
        if (Clock::now() > hardDeadline)
            return fail("publishing took too long");
    }

    if (!flush(m, hardDeadline) || mosquitto_want_write(m))
        return fail("could not write every message to the broker in time");
    const double writtenSeconds = std::chrono::duration<double>(Clock::now() - started).count();
    // The broker handles one connection's packets in order: the PUBACK of this message means it has
    // routed (queued) every message before it.
    if (const int rc = mosquitto_publish(m, &link.syncMid, "bench/sync", 2, "ok", 1, false))
        return fail("sync publish", rc);
    const auto syncDeadline = Clock::now() + std::chrono::seconds(300);
    while (!link.syncAcked && Clock::now() < syncDeadline) {
        if (mosquitto_loop(m, 100, 1) != MOSQ_ERR_SUCCESS)
            return fail("connection lost while waiting for the broker's confirmation");
    }
    if (!link.syncAcked)
        return fail("the broker did not confirm within 300 s");
    const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
    if (link.written != sent)
        std::fprintf(stderr, "publisher: %lld messages queued but %lld reported written\n", sent, link.written);
    std::printf("published %lld seconds %.6f late_slices %lld payload_bytes %.1f cpu %.3f written_seconds %.6f\n",
                sent, seconds, lateSlices, templates.meanPayloadBytes(), ownCpuSeconds(), writtenSeconds);
    std::fflush(stdout);
    mosquitto_disconnect(m);
    for (int i = 0; i < 10 && mosquitto_want_write(m); ++i)
        mosquitto_loop(m, 20, 1);
    mosquitto_destroy(m);
    mosquitto_lib_cleanup();
    return 0;
}

PublisherProcess::~PublisherProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool PublisherProcess::start(const PublisherSpec &spec, QString *error)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QCoreApplication::applicationFilePath(), spec.toArguments());
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("cannot start the publisher: %1").arg(m_process.errorString());
        return false;
    }
    return true;
}

PublisherResult PublisherProcess::wait(int timeoutMs)
{
    PublisherResult result;
    if (!spinUntil([this] { return isFinished(); }, timeoutMs, 10)) {
        m_process.kill();
        m_process.waitForFinished(5000);
        result.error = QStringLiteral("the publisher did not finish within %1 s (killed)").arg(timeoutMs / 1000);
        return result;
    }
    const QString out = QString::fromUtf8(m_process.readAllStandardOutput()).trimmed();
    const QStringList f = out.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (m_process.exitStatus() != QProcess::NormalExit || m_process.exitCode() != 0 || f.size() < 12
        || f[0] != QLatin1String("published")) {
        result.error = QStringLiteral("the publisher failed (exit code %1): %2").arg(m_process.exitCode()).arg(out);
        return result;
    }
    result.ok = true;
    result.published = f[1].toLongLong();
    result.seconds = f[3].toDouble();
    result.lateSlices = f[5].toLongLong();
    result.payloadBytes = f[7].toDouble();
    result.cpuSeconds = f[9].toDouble();
    result.writtenSeconds = f[11].toDouble();
    return result;
}

} // namespace fw::bench
