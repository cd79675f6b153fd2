#pragma once
// Logging set up once per process: named spdlog loggers ("mqtt", "ingest", "store", "ui", "sim"),
// a rotating file sink plus stderr, and Qt's messages forwarded into spdlog (chained to the previous
// handler). Thread-safe after setup().

#include <QString>

#include <spdlog/spdlog.h>

#include <memory>
#include <string>

namespace fw::logging {

struct Options
{
    QString filePath;                          // empty: stderr only
    spdlog::level::level_enum level = spdlog::level::info;
    bool installQtHandler = true;
};

void setup(const Options &options);

// Writes out what every sink holds (the file sink keeps lines below warn in its buffer): before exit.
void flush();

// A named logger; created on first use with the sinks of setup() (or stderr if setup() was not called).
std::shared_ptr<spdlog::logger> get(const std::string &name);

// Text from a payload or a user made safe for one log line: control characters (CR, LF, ...) become
// '?', and it is cut at maxLength characters.
std::string sanitize(const QString &text, int maxLength = 200);
std::string sanitize(const QByteArray &text, int maxLength = 200);

} // namespace fw::logging
