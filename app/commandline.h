#pragma once
// Command-line options of the fleetwatch executable. Parsed without a QApplication so that --help and
// errors work without a display.

#include "core/console/consolesettings.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace fw {

struct CommandLine
{
    ConsoleSettings settings;
    QString configPath;              // the INI file the settings came from / are saved to
    QString dbPath;                  // local store (used by the alert queue)
    int exitAfterSeconds = 0;        // 0: run until closed
    QString statsJsonPath;
    QString screenshotPath;
    QString selectAsset;             // "site/asset" or an asset id, selected at start
    QString logFile;
    QString logLevel = QStringLiteral("info");
    QString language;                // --lang, normalised ("de", "zh_CN", "en"); empty: not given
    // The password came from --password-file or FLEETWATCH_MQTT_PASSWORD (settings.mqtt.password): the
    // keyring is not asked.
    bool passwordGiven = false;

    // Returns nullopt after printing help/version (exitCode 0) or an error (exitCode 2) to stdout/stderr.
    static std::optional<CommandLine> parse(const QStringList &arguments, int *exitCode);
};

} // namespace fw
