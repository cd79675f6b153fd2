#include "core/common/logging.h"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

#include <QtGlobal>

#include <mutex>
#include <vector>

namespace fw::logging {
namespace {

std::mutex g_mutex;
std::vector<spdlog::sink_ptr> g_sinks;
spdlog::level::level_enum g_level = spdlog::level::info;
QtMessageHandler g_previousHandler = nullptr;

std::vector<spdlog::sink_ptr> &sinks()
{
    if (g_sinks.empty())
        g_sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    return g_sinks;
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    auto logger = get("qt");
    const std::string text = sanitize(message, 2000);
    switch (type) {
    case QtDebugMsg: logger->debug("{}", text); break;
    case QtInfoMsg: logger->info("{}", text); break;
    case QtWarningMsg: logger->warn("{}", text); break;
    case QtCriticalMsg: logger->error("{}", text); break;
    case QtFatalMsg: logger->critical("{}", text); break;
    }
    // Chain for fatal messages only: the previous handler aborts, which we must keep; the others are
    // already written by our sinks.
    if (type == QtFatalMsg && g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

void setup(const Options &options)
{
    std::lock_guard lock(g_mutex);
    g_sinks.clear();
    g_sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    if (!options.filePath.isEmpty()) {
        try {
            g_sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                options.filePath.toStdString(), 5 * 1024 * 1024, 3));
        } catch (const spdlog::spdlog_ex &e) {
            // Keep stderr; say why the file is missing.
            g_sinks.front()->log(spdlog::details::log_msg(
                "logging", spdlog::level::warn, fmt::format("cannot open log file: {}", e.what())));
        }
    }
    g_level = options.level;
    spdlog::drop_all();
    if (options.installQtHandler)
        g_previousHandler = qInstallMessageHandler(qtMessageHandler);
}

void flush()
{
    std::lock_guard lock(g_mutex);
    for (const spdlog::sink_ptr &sink : g_sinks)
        sink->flush();
}

std::shared_ptr<spdlog::logger> get(const std::string &name)
{
    std::lock_guard lock(g_mutex);
    if (auto existing = spdlog::get(name))
        return existing;
    auto &s = sinks();
    auto logger = std::make_shared<spdlog::logger>(name, s.begin(), s.end());
    logger->set_level(g_level);
    logger->flush_on(spdlog::level::warn);
    spdlog::register_logger(logger);
    return logger;
}

static std::string sanitizeBytes(const char *data, qsizetype size, int maxLength)
{
    std::string out;
    const qsizetype n = std::min<qsizetype>(size, maxLength);
    out.reserve(size_t(n) + 3);
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        out.push_back(c < 0x20 || c == 0x7f ? '?' : char(c));
    }
    if (size > maxLength)
        out += "...";
    return out;
}

std::string sanitize(const QString &text, int maxLength)
{
    const QByteArray utf8 = text.toUtf8();
    return sanitizeBytes(utf8.constData(), utf8.size(), maxLength);
}

std::string sanitize(const QByteArray &text, int maxLength)
{
    return sanitizeBytes(text.constData(), text.size(), maxLength);
}

} // namespace fw::logging
